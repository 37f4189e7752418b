import type { PageContext } from "../../../ui/page-context";
import type { WordChange } from "../domain/draft-text";

/**
 * A word-level difference: added words underlined (`<ins>`), removed ones struck through (`<del>`).
 * Screen readers do not announce these elements, so each change also says in hidden words what it is.
 */
export function WordDifference(props: { page: PageContext; words: readonly WordChange[]; lang?: string }) {
  const { t } = props.page;
  return (
    <p class="word-difference preserve-lines" lang={props.lang}>
      {props.words.map((word) => {
        if (word.change === "kept") return word.text;
        const Tag = word.change === "added" ? "ins" : "del";
        return (
          <Tag>
            <span class="visually-hidden">
              {t(word.change === "added" ? "participation.text.diffAdded" : "participation.text.diffRemoved")}{" "}
            </span>
            {word.text}
            <span class="visually-hidden"> {t("participation.text.diffEnd")} </span>
          </Tag>
        );
      })}
    </p>
  );
}
