import { eq } from "drizzle-orm";
import type { PersonalDataHook } from "../../../platform/personal-data/hook";
import { deleteDraftAttachmentsOfAccount, draftAttachmentsOfAccount } from "./attachments";
import { anonymiseCollaborations, collaborationsOfAccount } from "./collaborations";
import { anonymiseConsortiumRequests, consortiumRequestsOfAccount } from "./consortium-requests";
import { deleteDraftsOfAccount, draftsOfAccount } from "./drafts";
import { entriesOfAuthor } from "./entries";
import { arenaEntries, arenaEntryVersions } from "./schema";
import { removeSupportsOfAccount, supportsOfAccount } from "./supports";

/**
 * The arena's part in "download my data" and "delete my account": entries stay (attributed to
 * "deleted account"), supports go with the count, offers to take part and requests to form a
 * consortium lose their message, drafts go.
 */
export const arenaPersonalData: PersonalDataHook = {
  async export(db, accountId) {
    const [entries, supports, offers, drafts, draftFiles, consortiumRequests] = await Promise.all([
      entriesOfAuthor(db, accountId),
      supportsOfAccount(db, accountId),
      collaborationsOfAccount(db, accountId),
      draftsOfAccount(db, accountId),
      draftAttachmentsOfAccount(db, accountId),
      consortiumRequestsOfAccount(db, accountId),
    ]);
    if (entries.length + supports.length + offers.length + drafts.length + consortiumRequests.length === 0) return null;
    return {
      entries: entries.map((e) => ({
        number: e.number,
        kind: e.kind,
        state: e.state,
        title: e.title,
        problem: e.problem,
        affected: e.affected,
        approach: e.approach,
        stakeholderGroup: e.stakeholderGroup,
        createdAt: e.createdAt.toISOString(),
      })),
      supports: supports.map((s) => ({ entry: s.number, title: s.title, at: s.createdAt.toISOString() })),
      offersToTakePart: offers.map((o) => ({
        entry: o.number,
        message: o.message,
        status: o.status,
        at: o.createdAt.toISOString(),
      })),
      consortiumRequests: consortiumRequests.map((r) => ({
        toEntry: r.number,
        message: r.message,
        consortiumName: r.consortiumName,
        status: r.status,
        at: r.createdAt.toISOString(),
      })),
      drafts: drafts.map((d) => ({
        step: d.step,
        content: d.content,
        updatedAt: d.updatedAt.toISOString(),
        files: draftFiles
          .filter((f) => f.draftId === d.id)
          .map((f) => ({ name: f.fileName, type: f.mediaType, size: f.size, description: f.description })),
      })),
    };
  },
  async erase(tx, accountId) {
    await removeSupportsOfAccount(tx, accountId);
    await anonymiseCollaborations(tx, accountId);
    await anonymiseConsortiumRequests(tx, accountId);
    await deleteDraftAttachmentsOfAccount(tx, accountId);
    await deleteDraftsOfAccount(tx, accountId);
    await tx.update(arenaEntryVersions).set({ editedBy: null }).where(eq(arenaEntryVersions.editedBy, accountId));
    await tx.update(arenaEntries).set({ authorId: null }).where(eq(arenaEntries.authorId, accountId));
  },
};
