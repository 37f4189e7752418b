import type { FieldErrors } from "../../../platform/forms/forms";
import { TextField } from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";

/**
 * The field for choosing a password, the same wherever one is chosen, so the hint with the rules
 * and the `new-password` autocomplete (password managers offer to generate one) never drift apart.
 */
export function NewPasswordField(props: { page: PageContext; name: string; errors?: FieldErrors }) {
  const { t } = props.page;
  return (
    <TextField
      name={props.name}
      type="password"
      label={t("auth.password.newLabel")}
      hint={t("auth.password.hint")}
      autocomplete="new-password"
      required
      errors={props.errors}
    />
  );
}
