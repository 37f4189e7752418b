import { declarePrivacy } from "../../../platform/contributions/contributions";

/** What the participation module stores about people. */
export const participationPrivacy = declarePrivacy({});
