/**
 * Reference data other modules share: the city (its districts, stakeholder groups and time zone) as
 * plain data, and the city's calendar (its days in its time zone) as pure functions.
 */
export {
  type City,
  type CityMap,
  cityKeyPattern,
  type District,
  defaultStakeholderGroups,
  defaultTimeZone,
  districtKeysOf,
  districtName,
  districtOfOrganisationName,
  districtOptions,
  findDistrict,
  isDistrictKey,
  isStakeholderGroupKey,
  type StakeholderGroup,
  stakeholderGroupKeysOf,
  stakeholderGroupName,
  stakeholderGroupOptions,
} from "./city";
export {
  cityDay,
  cityMidnight,
  cityUtcOffset,
  cityWallClock,
  endOfCityDay,
  startOfCityDay,
  timeZoneName,
} from "./city-time";
