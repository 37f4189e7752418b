import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { districtQuotas } from "../domain/district-quotas";
import type { PanelListItem } from "../use-cases/list-panels";
import type { PublicPanel } from "../use-cases/show-panel";
import {
  numberText,
  ProbabilityHistogram,
  panelDescription,
  panelName,
  QuotaMap,
  QuotaTable,
  StatusText,
} from "./components";
import { ReplacementTable } from "./replacements";

export function PanelListPage(props: {
  page: PageContext;
  list: { items: PanelListItem[]; total: number; page: number; pageSize: number };
  canCreate: boolean;
}) {
  const { page, list } = props;
  const { t, locale } = page;
  return (
    <Layout page={page} title={t("panel.list.title")} section="panels">
      <h1>{t("panel.list.title")}</h1>
      <p class="lead">{t("panel.list.lead")}</p>
      {props.canCreate && (
        <p>
          <a class="button button-secondary" href="/panels/new">
            {t("panel.list.new")}
          </a>
        </p>
      )}
      {list.items.length === 0 ? (
        <p>{t("panel.list.empty")}</p>
      ) : (
        <ul class="cards">
          {list.items.map((p) => (
            <li class="card">
              <h2>
                <a href={`/panels/${p.id}`}>{panelName(t, p)}</a>
              </h2>
              <p>
                <StatusText t={t} status={p.status} />{" "}
                {p.demo && <span class="badge badge-demo">{t("panel.demo")}</span>}
              </p>
              <p>
                {t(p.status === "drawn" ? "panel.list.members" : "panel.list.seats", {
                  size: numberText(locale, p.size),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} current={list.page} pageSize={list.pageSize} total={list.total} />
    </Layout>
  );
}

function ProcessSteps(props: { page: PageContext }) {
  const { t } = props.page;
  return (
    <>
      <h2>{t("panel.page.process")}</h2>
      <ol class="prose">
        <li>{t("panel.page.step1")}</li>
        <li>{t("panel.page.step2")}</li>
        <li>{t("panel.page.step3")}</li>
      </ol>
    </>
  );
}

/** The public page of one panel: process, quotas, and after the draw the composition and probabilities. */
export function PanelPage(props: { page: PageContext; data: PublicPanel }) {
  const { page, data } = props;
  const { t, locale } = page;
  const { panel, lottery } = data;
  const name = panelName(t, panel);
  const description = panelDescription(t, panel);
  const districts = districtQuotas(data.quotas, page.city.districts, panel.size);
  return (
    <Layout page={page} title={name} section="panels">
      <h1>{name}</h1>
      <p>
        <StatusText t={t} status={panel.status} />{" "}
        {panel.demo && <span class="badge badge-demo">{t("panel.demo")}</span>}
      </p>
      {description && <p class="lead">{description}</p>}
      <div class="actions">
        {panel.status === "registration" && (
          <a class="button button-primary" href={`/panels/${panel.id}/register`}>
            {t("panel.page.register")}
          </a>
        )}
        {lottery && (
          <a class="button button-secondary" href={`/panels/${panel.id}/verify`}>
            {t("panel.page.verify")}
          </a>
        )}
        {data.canManage && <a href={`/panels/${panel.id}/manage`}>{t("panel.page.manage")}</a>}
      </div>

      <h2>{t("panel.page.facts")}</h2>
      <dl class="facts">
        <dt>{t("panel.page.size")}</dt>
        <dd>{numberText(locale, panel.size)}</dd>
        <dt>{t("panel.page.lotterySize")}</dt>
        <dd>{numberText(locale, panel.lotterySize)}</dd>
        <dt>{t("panel.page.invitations")}</dt>
        <dd>{numberText(locale, panel.invitationsSent)}</dd>
        <dt>{t(panel.status === "registration" ? "panel.page.poolSoFar" : "panel.page.pool")}</dt>
        <dd>{numberText(locale, data.poolSize)}</dd>
      </dl>
      {lottery && <p class="panel-hash">{t("panel.page.published", { hash: lottery.hash })}</p>}

      {lottery?.seed && data.members && (
        <section aria-labelledby="result-heading">
          <h2 id="result-heading">{t("panel.page.result")}</h2>
          <p>
            {t("panel.page.resultLead", {
              seed: lottery.seed,
              number: lottery.drawnIndex ?? 0,
              size: numberText(locale, lottery.size),
            })}
          </p>
          <h3>{t("panel.page.members")}</h3>
          <MemberList members={data.members} />
          {data.replacements.length > 0 && (
            <>
              <h3>{t("panel.replacements.title")}</h3>
              <p>{t("panel.replacements.lead")}</p>
              <ReplacementTable page={page} replacements={data.replacements} />
            </>
          )}
        </section>
      )}

      <h2>{t("panel.page.quotas")}</h2>
      <p>{t("panel.page.quotasLead")}</p>
      <QuotaMap page={page} map={districts} id="panel-quota-map" />
      <QuotaTable
        t={t}
        locale={locale}
        rows={data.quotas}
        showPool={panel.status !== "setup"}
        caption={t("panel.page.quotas")}
        districts={districts}
      />

      {data.probabilities.length > 0 && (
        <section aria-labelledby="histogram-heading">
          <h2 id="histogram-heading">{t("panel.page.histogram")}</h2>
          <p>{t(panel.status === "drawn" ? "panel.page.histogramLeadDrawn" : "panel.page.histogramLead")}</p>
          <ProbabilityHistogram t={t} locale={locale} values={data.probabilities} />
        </section>
      )}

      <ProcessSteps page={page} />
    </Layout>
  );
}

function MemberList(props: { members: string[] }) {
  return (
    <ul class="panel-members">
      {props.members.map((m) => (
        <li>
          <code>{m}</code>
        </li>
      ))}
    </ul>
  );
}

/**
 * The check in the browser (assets/panel-verify.js): hidden until the script runs, so without
 * JavaScript the page stays as it is. The script fetches the published list and the replacements,
 * recomputes everything with the browser's SHA-256 and compares it with what this page shows.
 */
function BrowserCheck(props: { page: PageContext; data: PublicPanel; seed: string; number: number; hash: string }) {
  const { page, data } = props;
  const { t } = page;
  const id = data.panel.id;
  return (
    <section
      class="panel-browser-check"
      aria-labelledby="browser-check-heading"
      hidden
      data-browser-check
      data-list-url={`/panels/${id}/lottery.txt`}
      data-panel-url={data.replacements.length > 0 ? `/api/v1/panels/${id}` : undefined}
      data-seed={props.seed}
      data-hash={props.hash}
      data-number={String(props.number)}
      data-members={(data.drawnMembers ?? []).join(" ")}
      data-t-running={t("panel.browserCheck.running")}
      data-t-ok={t("panel.browserCheck.ok")}
      data-t-bad={t("panel.browserCheck.bad")}
      data-t-error={t("panel.browserCheck.error")}
      data-t-hash={t("panel.browserCheck.hash")}
      data-t-hash-ok={t("panel.browserCheck.hashOk")}
      data-t-hash-bad={t("panel.browserCheck.hashBad")}
      data-t-number-ok={t("panel.browserCheck.numberOk")}
      data-t-number-bad={t("panel.browserCheck.numberBad")}
      data-t-members-ok={t("panel.browserCheck.membersOk")}
      data-t-members-bad={t("panel.browserCheck.membersBad")}
      data-t-replacement-ok={t("panel.browserCheck.replacementOk")}
      data-t-replacement-bad={t("panel.browserCheck.replacementBad")}
    >
      <h2 id="browser-check-heading">{t("panel.browserCheck.title")}</h2>
      <p>{t("panel.browserCheck.lead")}</p>
      <p>
        <button type="button" class="button button-primary">
          {t("panel.browserCheck.button")}
        </button>
      </p>
      <div role="status" aria-live="polite" data-browser-check-result />
      <script type="module" src="/assets/panel-verify.js" />
    </section>
  );
}

/** The command that checks this draw, with its real checksum and seed filled in, printing in the reader's language. */
function verifyCommand(hash: string, seed: string | null, replacements: boolean, locale: string): string {
  const quoted = seed === null ? '"…"' : JSON.stringify(seed);
  return `node panel-verify.mjs lottery.txt ${quoted} --hash ${hash}${replacements ? " --replacements panel.json" : ""} --lang=${locale}`;
}

/** Everything a resident needs to recompute the draw: the procedure in plain words, the files and the script. */
/** `script` is the verification script's text, shown for residents to read before they run it. */
export function VerifyPage(props: { page: PageContext; data: PublicPanel; script: string }) {
  const { page, data } = props;
  const { t } = page;
  const { panel, lottery } = data;
  return (
    <Layout page={page} title={t("panel.verify.title")} section="panels">
      <p>
        <a href={`/panels/${panel.id}`}>{panelName(t, panel)}</a>
      </p>
      <h1>{t("panel.verify.title")}</h1>
      <p class="lead">{t("panel.verify.lead")}</p>
      {!lottery ? (
        <p>{t("panel.verify.notPublished")}</p>
      ) : (
        <>
          <dl class="facts">
            <dt>{t("panel.verify.hash")}</dt>
            <dd>
              <code class="panel-hash">{lottery.hash}</code>
            </dd>
            <dt>{t("panel.verify.seed")}</dt>
            <dd>{lottery.seed ? <code>{lottery.seed}</code> : t("panel.verify.notDrawn")}</dd>
            <dt>{t("panel.verify.number")}</dt>
            <dd>{lottery.drawnIndex ? `${lottery.drawnIndex} / ${lottery.size}` : t("panel.verify.notDrawn")}</dd>
          </dl>
          {data.members && (
            <>
              <h2>{t("panel.verify.members")}</h2>
              <MemberList members={data.drawnMembers ?? []} />
            </>
          )}
          {data.replacements.length > 0 && (
            <>
              <h2>{t("panel.replacements.title")}</h2>
              <p>{t("panel.verify.replacementsLead")}</p>
              <ReplacementTable page={page} replacements={data.replacements} showEligible />
            </>
          )}

          {lottery.seed && lottery.drawnIndex && (
            <BrowserCheck page={page} data={data} seed={lottery.seed} number={lottery.drawnIndex} hash={lottery.hash} />
          )}

          <h2>{t("panel.verify.steps")}</h2>
          <ol class="prose">
            <li>{t("panel.verify.step1")}</li>
            <li>{t("panel.verify.step2")}</li>
            <li>{t("panel.verify.step3", { size: lottery.size })}</li>
            <li>{t("panel.verify.step4")}</li>
            <li>{t("panel.verify.step5")}</li>
          </ol>

          <h2>{t("panel.verify.scriptTitle")}</h2>
          <p>{t("panel.verify.script")}</p>
          <ol class="prose">
            <li>
              <a href={`/panels/${panel.id}/lottery.txt`} download="lottery.txt">
                {t("panel.verify.download")}
              </a>
            </li>
            <li>
              <a href="/panels/verify.mjs" download="panel-verify.mjs">
                {t("panel.verify.scriptDownload")}
              </a>
            </li>
            {data.replacements.length > 0 && (
              <li>
                <a href={`/api/v1/panels/${panel.id}`} download="panel.json">
                  {t("panel.verify.replacementsDownload")}
                </a>
              </li>
            )}
            <li>
              {t("panel.verify.run")}
              {/* Not a <pre>: the command wraps, so a phone shows all of it. */}
              <p>
                <code class="panel-hash">
                  {verifyCommand(lottery.hash, lottery.seed, data.replacements.length > 0, page.locale)}
                </code>
              </p>
            </li>
          </ol>
          <p>{t("panel.verify.scriptResult")}</p>
          <details>
            <summary>{t("panel.verify.showScript")}</summary>
            <pre class="panel-script" tabindex={0}>
              <code>{props.script}</code>
            </pre>
          </details>
          <p>
            <a href={`/api/v1/panels/${panel.id}/lottery`}>{t("panel.verify.api")}</a>
          </p>
        </>
      )}
    </Layout>
  );
}
