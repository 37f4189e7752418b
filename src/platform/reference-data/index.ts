/** Reference data other modules share: the city (its districts and stakeholder groups) as plain data. */
export {
  type City,
  type CityMap,
  cityKeyPattern,
  type District,
  defaultStakeholderGroups,
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
