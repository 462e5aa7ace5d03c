import type { Messages } from '../../../../platform/i18n/messages.ts';
import type { fi } from './fi.ts';

export const en: Messages<typeof fi> = {
  types: { openActivity: 'Open activity', peerGroup: 'Peer group', club: 'Club', themeEvening: 'Theme evening', event: 'Event', groupService: 'Group service' },
  languages: { fi: 'Finnish', sv: 'Swedish', en: 'English', se: 'Sámi', ru: 'Russian', ar: 'Arabic', so: 'Somali', uk: 'Ukrainian', et: 'Estonian' },
  signUpModes: { none: 'No sign-up, just come', open: 'Sign-up', closed: 'Closed group: apply' },
  common: { free: 'Free', paid: 'Fee', online: 'Online', ages: 'Ages {min}–{max}', placesLeft: '{left}/{capacity} places left', full: 'Full: waiting list open', waitlisted: '{count} waiting', cancelled: 'Cancelled', addToCalendar: 'Add to calendar (.ics)', calendarFeed: 'Calendar feed (iCal)', organizer: 'Organiser', coOrganizers: 'Together with', language: 'Language', place: 'Place', accessibility: 'Accessibility', stepFree: 'Step-free access', time: '{date} {start}–{end}' },
  calendar: {
    title: "What's on for families",
    lead: 'Open activities, peer groups and events at meeting places, NGOs and parishes.',
    filters: 'Filter', municipality: 'Municipality', anyMunicipality: 'All municipalities', age: "Child's age", type: 'Kind of activity', anyType: 'All kinds', language: 'Language', anyLanguage: 'All languages', day: 'Day', freeOnly: 'Free only', placesLeftOnly: 'With places left only', show: 'Show',
    results: '{count} occurrences from {from}', none: 'Nothing found with these filters. Try wider ones.', nextWeek: 'Next week', previousWeek: 'Previous week',
  },
  thisWeek: { title: 'This week', all: 'All activities', none: 'Nothing on the calendar this week.' },
  activity: { upcoming: 'Upcoming', none: 'No upcoming occurrences on the calendar.', signUp: 'Sign up', apply: 'Apply', details: 'Details', targetGroup: 'For whom' },
  occurrence: {
    signUpTitle: 'Sign-up', applyTitle: 'Apply to the group', closed: 'Sign-up is not open now.', opens: 'Sign-up opens {at}.', noSignUp: 'No sign-up: just come along.', cancelledNotice: 'This occurrence has been cancelled.',
    fullNotice: 'This occurrence is full. You can join the waiting list: we will tell you if a place frees up.',
    name: 'Your name', email: 'E-mail', emailHint: 'You get a confirmation and a cancel link by e-mail.', phone: 'Phone number', phoneHint: 'If you have no e-mail. Give at least one of the two.', adults: 'Adults', childrenAges: "Children's ages", childrenAgesHint: 'Separate with commas, e.g. 1, 4. Leave empty if no children come.', needs: 'Needs (optional)', needsHint: 'For example food allergies or an interpreter.',
    consent: 'I agree that the organiser processes these details to run this occurrence. They are deleted {days} days after it.', consentTitle: 'Your details',
    submit: 'Sign up', submitApply: 'Send application', errorSummary: 'Please check these',
    doneConfirmed: 'Your sign-up is confirmed. Welcome!', doneWaitlisted: 'It is full: you are on the waiting list. We will tell you if a place frees up.', doneApplied: 'Your application has been sent. The organiser will let you know.', doneExisting: 'You have signed up for this occurrence already. The link to your sign-up is in your e-mail.', manageLink: 'See or cancel your sign-up', manageHint: 'Keep this link: you can cancel with it.',
  },
  registration: {
    title: 'Your sign-up', statusLabel: 'Status', status: { confirmed: 'Confirmed', waitlisted: 'On the waiting list', applied: 'Application pending', cancelled: 'Cancelled', declined: 'No place this time' },
    position: 'Your place in the queue: {position}', people: '{adults} adults, children: {children}', noChildren: 'no children', cancelQuestion: 'Cannot come? Cancel so the place goes to the next family.', cancel: 'Cancel sign-up', cancelled: 'Your sign-up has been cancelled.',
  },
  proposal: {
    title: 'Propose an activity: {place}', lead: 'Would you like something new? Propose an activity or a topic. No sign-in needed; contact details are optional.', counts: 'Proposals received {received}, handled {actedOn}, going ahead {accepted}.', kind: 'You propose', kinds: { activity: 'An activity', topic: 'A topic' }, role: 'I am', roles: { family: 'a family member', volunteer: 'a volunteer', expertByExperience: 'an expert by experience', other: 'other' }, text: 'Your proposal', contactName: 'Name (optional)', contactEmail: 'E-mail (optional)', contactHint: 'If you would like an answer.', submit: 'Send proposal', done: 'Thank you! Your proposal has gone to the organisers.', link: 'Propose an activity for this meeting place',
  },
  staff: {
    title: 'Activities and sign-ups', lead: 'The activities you organise, their occurrences and participants.', create: 'New activity', none: 'No activities.', edit: 'Edit', proposals: 'Proposals', figures: 'Figures', status: { draft: 'Draft', published: 'Published', ended: 'Ended' },
    form: { organization: 'Organiser', place: 'Place', noPlace: 'No place (online)', onlineUrl: 'Web address (https://)', type: 'Kind', nameFi: 'Name in Finnish', nameSv: 'Name in Swedish', nameEn: 'Name in English', descriptionFi: 'Description in Finnish', languages: 'Languages', ageMin: 'Age from', ageMax: 'Age up to', cost: 'Cost', signUp: 'Sign-up', capacity: 'Places per occurrence', firstDate: 'First date', startTime: 'Starts (hh:mm)', duration: 'Length in minutes', rrule: 'Recurrence (RRULE)', rruleHint: 'For example FREQ=WEEKLY;BYDAY=TU every Tuesday. Empty: once only.', exceptionDates: 'Exception dates', exceptionHint: 'Dates without the activity: YYYY-MM-DD separated by commas.', statusField: 'Status', save: 'Save', saved: 'Saved.' },
    occurrences: 'Occurrences', roster: 'Participants', cancelOccurrence: 'Cancel occurrence', cancelledNotice: 'The occurrence is cancelled and everyone signed up has been told.',
    rosterTitle: 'Participants: {activity}', confirmed: 'Confirmed {confirmed}/{capacity}', waiting: 'Waiting {count}', columns: { name: 'Name', contact: 'Contact', people: "Adults / children's ages", needs: 'Needs', status: 'Status', attended: 'Attended' }, saveAttendance: 'Save attendance', attendanceSaved: 'Attendance saved.', accept: 'Accept', decline: 'Decline', exportCsv: 'Download CSV',
    headCount: 'Head count (drop-in)', adults: 'Adults', children: 'Children {band}', saveHeadCount: 'Save head count', headCountSaved: 'Head count saved.',
    message: 'Message to participants', subject: 'Subject', text: 'Message', send: 'Send', sent: 'The message went to {count} participants.',
    inbox: 'Proposals for the meeting places', inboxNone: 'No proposals.', answer: 'Answer', reply: 'Reply', acceptProposal: 'Accept and make a draft', declineProposal: 'Decline with a reason', proposalStatus: { received: 'New', answered: 'Answered', accepted: 'Accepted', declined: 'Declined' },
    figuresTitle: 'Activity figures', period: '{from}–{to}', municipality: 'Municipality', held: 'Occurrences held', cancelledCount: 'Occurrences cancelled', participants: 'Adults / children 0–2, 3–6, 7–12, 13–17', fill: 'Fill rate', waitlist: 'Waiting', regCancelled: 'Sign-ups cancelled', noShows: 'No-shows',
  },
};
