/** Reference data other modules share: Berlin's districts and the stakeholder groups. */
export {
  berlinDistricts,
  type DistrictKey,
  districtKeys,
  districtName,
  isDistrictKey,
} from "./districts";
export {
  isStakeholderGroupKey,
  type StakeholderGroupKey,
  stakeholderGroupKeys,
  stakeholderGroupName,
  stakeholderGroups,
} from "./stakeholder-groups";
