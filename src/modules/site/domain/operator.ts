import { parse as parseYaml } from "yaml";
import { z } from "zod";

/**
 * The operating city's details shown on the imprint, privacy and accessibility pages. They are read
 * from the YAML file named by OPERATOR_FILE. Whatever the file leaves out is shown as a clearly
 * marked placeholder, never as an invented value. Only facts that hold for every Berlin deployment
 * have defaults (the names of the enforcement and supervisory bodies, the enforcement body's page).
 */
const text = z.string().trim().min(1);

const contactSchema = z.object({
  name: text.optional(),
  /** Postal address, lines separated by line breaks. */
  address: text.optional(),
  email: z.email().optional(),
  phone: text.optional(),
  website: z.url().optional(),
});

const operatorFileSchema = z.object({
  /** The public body that runs the platform. */
  operator: contactSchema.extend({ representative: text.optional() }).default({}),
  /** The person responsible for the content (§ 18 Abs. 2 MStV). */
  contentResponsible: contactSchema.default({}),
  dataProtectionOfficer: contactSchema.default({}),
  /** The data protection supervisory authority. */
  supervisoryAuthority: contactSchema.default({}),
  accessibility: z
    .object({
      /** Where people report barriers; answered within one month. */
      feedback: contactSchema.default({}),
      /** The enforcement and arbitration body for digital accessibility. */
      enforcementBody: contactSchema.default({}),
      /** When the statement was made and when it was last reviewed (YYYY-MM-DD). */
      statementDate: z.iso.date().optional(),
      reviewedDate: z.iso.date().optional(),
    })
    .default({ feedback: {}, enforcementBody: {} }),
  /** When the privacy statement was last changed (YYYY-MM-DD). */
  privacyStatementDate: z.iso.date().optional(),
  /** Where the source code of this installation is published (AGPL). */
  sourceCodeUrl: z.url().optional(),
  /** The city's look: colours (#rrggbb, each with white text at 4.5:1 contrast or more) and logo. */
  theme: z
    .object({
      /** Links, buttons and the header's base colour. */
      primary: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .optional(),
      /** The header's background and hover colour (darker than `primary`). */
      primaryDark: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .optional(),
      /** An SVG or PNG file shown beside the platform's name, relative to the operator file. */
      logo: text.optional(),
    })
    .default({}),
});

type OperatorFile = z.infer<typeof operatorFileSchema>;
export type Contact = z.infer<typeof contactSchema>;

/** The date the statement texts were written, after the checks the accessibility statement describes. */
const STATEMENT_WRITTEN_ON = "2026-11-22";

export interface OperatorDetails {
  operator: Contact & { representative?: string };
  contentResponsible: Contact;
  dataProtectionOfficer: Contact;
  supervisoryAuthority: Contact;
  feedback: Contact;
  enforcementBody: Contact;
  statementDate: string;
  reviewedDate: string;
  privacyStatementDate: string;
  sourceCodeUrl?: string;
  theme: { primary?: string; primaryDark?: string; logo?: string };
}

/** Berlin's bodies: the names are facts of the Berlin law; addresses are left to the operator. */
const berlinDefaults = {
  enforcementBody: {
    name: "Landesbeauftragte für digitale Barrierefreiheit des Landes Berlin",
    website: "https://www.berlin.de/sen/inneres/moderne-verwaltung/digitale-barrierefreiheit/landesbeauftragte/",
  },
  supervisoryAuthority: { name: "Berliner Beauftragte für Datenschutz und Informationsfreiheit" },
} satisfies Record<string, Contact>;

/** Merges a parsed operator file with the defaults. */
function operatorDetailsFrom(file: OperatorFile): OperatorDetails {
  const statementDate = file.accessibility.statementDate ?? STATEMENT_WRITTEN_ON;
  return {
    operator: file.operator,
    contentResponsible: file.contentResponsible,
    dataProtectionOfficer: file.dataProtectionOfficer,
    supervisoryAuthority: { ...berlinDefaults.supervisoryAuthority, ...file.supervisoryAuthority },
    feedback: file.accessibility.feedback,
    enforcementBody: { ...berlinDefaults.enforcementBody, ...file.accessibility.enforcementBody },
    statementDate,
    reviewedDate: file.accessibility.reviewedDate ?? statementDate,
    privacyStatementDate: file.privacyStatementDate ?? STATEMENT_WRITTEN_ON,
    sourceCodeUrl: file.sourceCodeUrl,
    theme: file.theme,
  };
}

/** The details when no operator file is given: placeholders and the defaults above. */
export function defaultOperatorDetails(): OperatorDetails {
  return operatorDetailsFrom(operatorFileSchema.parse({}));
}

/** Parses the YAML text of an operator file; the error names every wrong field. */
export function parseOperatorFile(yamlText: string, source = "OPERATOR_FILE"): OperatorDetails {
  const raw: unknown = parseYaml(yamlText) ?? {};
  const parsed = operatorFileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid operator details in ${source}:\n${lines.join("\n")}`);
  }
  return operatorDetailsFrom(parsed.data);
}
