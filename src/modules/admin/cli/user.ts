import { type Command, Option } from "commander";
import {
  CommandFailed,
  cliActor,
  failReadably,
  type OpenContext,
  type Print,
  withContext,
} from "../../../platform/cli/context";
import type { Deps } from "../../../platform/deps";
import { newToken } from "../../../platform/security/tokens";
import { assignableGlobalRoles } from "../domain/roles";
import { createUser } from "../use-cases/create-user";
import { accountIdByEmail } from "../use-cases/find-account-by-email";
import { grantRole } from "../use-cases/grant-role";
import { revokeRole } from "../use-cases/revoke-role";

export interface CreateUserOptions {
  email: string;
  name?: string;
  password?: string;
  role?: string;
}

export interface RoleOptions {
  email: string;
  role: string;
  scopeType?: string;
  scopeId?: string;
}

/**
 * Creates an account with a confirmed e-mail address. Without --password a random one is made and
 * printed once; it is stored only as a hash.
 */
export async function createUserCommand(deps: Deps, options: CreateUserOptions, print: Print): Promise<string> {
  const generated = options.password === undefined;
  const password = options.password ?? newToken(deps.random, 15);
  const created = await failReadably(() =>
    createUser(
      deps,
      { actor: cliActor },
      {
        email: options.email,
        displayName: options.name,
        password,
        role: options.role as (typeof assignableGlobalRoles)[number] | undefined,
      },
    ),
  );
  print(`Created the account ${created.email} (${created.id})${created.role ? ` with the role ${created.role}` : ""}.`);
  if (generated) print(`Password (shown only this once): ${password}`);
  return created.id;
}

async function accountId(deps: Deps, email: string): Promise<string> {
  const id = await accountIdByEmail(deps, cliActor, email);
  if (!id) throw new CommandFailed(`There is no account with the e-mail address ${email}.`);
  return id;
}

function grantText(options: RoleOptions): string {
  return options.scopeType || options.scopeId
    ? `${options.role} on ${options.scopeType}/${options.scopeId}`
    : options.role;
}

export async function grantRoleCommand(deps: Deps, options: RoleOptions, print: Print): Promise<void> {
  const userId = await accountId(deps, options.email);
  await failReadably(() =>
    grantRole(
      deps,
      { actor: cliActor },
      { userId, role: options.role, scopeType: options.scopeType, scopeId: options.scopeId },
    ),
  );
  print(`Granted ${grantText(options)} to ${options.email}.`);
}

async function revokeRoleCommand(deps: Deps, options: RoleOptions, print: Print): Promise<void> {
  const userId = await accountId(deps, options.email);
  await failReadably(() =>
    revokeRole(
      deps,
      { actor: cliActor },
      { userId, role: options.role, scopeType: options.scopeType, scopeId: options.scopeId },
    ),
  );
  print(`Revoked ${grantText(options)} from ${options.email}.`);
}

function roleOptions(command: Command): Command {
  return command
    .requiredOption("--email <email>", "e-mail address of the account")
    .requiredOption("--role <role>", `${assignableGlobalRoles.join(", ")}, or a scoped role such as team_member`)
    .option("--scope-type <type>", "for a scoped role: the kind of object, e.g. measure")
    .option("--scope-id <id>", "for a scoped role: the object's identifier, e.g. smart-water");
}

export function registerUserCommands(program: Command, open: OpenContext, print: Print): void {
  const user = program.command("user").description("Create accounts and grant or revoke roles");

  user
    .command("create")
    .description("Create an account with a confirmed e-mail address")
    .requiredOption("--email <email>", "e-mail address (the login)")
    .addOption(new Option("--role <role>", "a global role").choices(assignableGlobalRoles))
    .option("--name <name>", "display name (default: the part of the address before @)")
    .option("--password <password>", "at least 12 characters (default: a random one, printed once)")
    .action(async (options: CreateUserOptions) => {
      await withContext(open, (deps) => createUserCommand(deps, options, print));
    });

  roleOptions(user.command("grant").description("Grant a role to an account")).action(async (options: RoleOptions) => {
    await withContext(open, (deps) => grantRoleCommand(deps, options, print));
  });

  roleOptions(user.command("revoke").description("Revoke a role from an account")).action(
    async (options: RoleOptions) => {
      await withContext(open, (deps) => revokeRoleCommand(deps, options, print));
    },
  );
}
