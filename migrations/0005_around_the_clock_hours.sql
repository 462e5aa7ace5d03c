-- Services open around the clock (crisis lines, shelters, emergency duty) and services whose weekly
-- hours hold on public holidays too. Without these, a closing holiday won over the weekly hours of
-- every service, and 24/7 crisis services read "closed" on Independence Day.
--
-- Set per service (it holds wherever the service is given) and per service at a place (it holds
-- there). Around the clock implies open on holidays: a CHECK keeps "24 h but closed on holidays" out.

alter table service
  add column around_the_clock boolean not null default false,
  add column open_on_holidays boolean not null default false,
  add constraint service_around_the_clock_is_open_on_holidays check (not around_the_clock or open_on_holidays);

alter table service_at_place
  add column around_the_clock boolean not null default false,
  add column open_on_holidays boolean not null default false,
  add constraint service_at_place_around_the_clock_is_open_on_holidays check (not around_the_clock or open_on_holidays);

-- The hours policy of each owner of service hours (see service_weekly_hours): the service itself,
-- and each of its places, where the service's own policy also holds.
create view service_hours_policy as
  select s.id as service_id, s.id as owner_id, s.around_the_clock, s.open_on_holidays
  from service s
  union all
  select sap.service_id, sap.id, sap.around_the_clock or s.around_the_clock, sap.open_on_holidays or s.open_on_holidays
  from service_at_place sap join service s on s.id = sap.service_id;
