import type { PlaceSeed } from '../network/network-dataset.ts';
import type { DemoCalendar } from './etela-savo.common.ts';
import { carePlaces } from './etela-savo.places-care.ts';
import { localPlaces } from './etela-savo.places-local.ts';
import { meetingPlaces } from './etela-savo.places-meeting.ts';
import { townPlaces } from './etela-savo.places-town.ts';

/** Every place of the Etelä-Savo demo. */
export const places = (cal: DemoCalendar): PlaceSeed[] => [...carePlaces(cal), ...meetingPlaces(cal), ...townPlaces(cal), ...localPlaces(cal)];
