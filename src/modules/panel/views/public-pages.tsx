import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { PanelListItem, PublicPanel } from "../use-cases/queries";
import { ProbabilityHistogram, QuotaTable, StatusText } from "./components";

export function PanelListPage(props: {
  page: PageContext;
  list: { items: PanelListItem[]; total: number; page: number; pageSize: number };
  canCreate: boolean;
}) {
  const { page, list } = props;
  const { t } = page;
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
                <a href={`/panels/${p.id}`}>{p.name}</a>
              </h2>
              <p>
                <StatusText t={t} status={p.status} />{" "}
                {p.demo && <span class="badge badge-demo">{t("panel.demo")}</span>}
              </p>
              <p>{t("panel.list.members", { size: p.size })}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} current={list.page} pageSize={list.pageSize} total={list.total} />
    </Layout>
  );
}

export function ProcessSteps(props: { page: PageContext }) {
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
  return (
    <Layout page={page} title={panel.name} section="panels">
      <h1>{panel.name}</h1>
      <p>
        <StatusText t={t} status={panel.status} />{" "}
        {panel.demo && <span class="badge badge-demo">{t("panel.demo")}</span>}
      </p>
      {panel.description && <p class="lead">{panel.description}</p>}
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
        <dd>{panel.size}</dd>
        <dt>{t("panel.page.lotterySize")}</dt>
        <dd>{panel.lotterySize}</dd>
        <dt>{t("panel.page.invitations")}</dt>
        <dd>{panel.invitationsSent}</dd>
        <dt>{t("panel.page.pool")}</dt>
        <dd>{data.poolSize}</dd>
      </dl>
      {lottery && <p class="panel-hash">{t("panel.page.published", { hash: lottery.hash })}</p>}

      {lottery?.seed && data.drawnMembers && (
        <section aria-labelledby="result-heading">
          <h2 id="result-heading">{t("panel.page.result")}</h2>
          <p>
            {t("panel.page.resultLead", { seed: lottery.seed, number: lottery.drawnIndex ?? 0, size: lottery.size })}
          </p>
          <h3>{t("panel.page.members")}</h3>
          <ul class="panel-members">
            {data.drawnMembers.map((m) => (
              <li>
                <code>{m}</code>
              </li>
            ))}
          </ul>
        </section>
      )}

      <h2>{t("panel.page.quotas")}</h2>
      <p>{t("panel.page.quotasLead")}</p>
      <QuotaTable
        t={t}
        locale={locale}
        rows={data.quotas}
        showPool={panel.status !== "setup"}
        caption={t("panel.page.quotas")}
      />

      {data.probabilities.length > 0 && (
        <section aria-labelledby="histogram-heading">
          <h2 id="histogram-heading">{t("panel.page.histogram")}</h2>
          <p>{t("panel.page.histogramLead")}</p>
          <ProbabilityHistogram t={t} locale={locale} values={data.probabilities} />
        </section>
      )}

      <ProcessSteps page={page} />
    </Layout>
  );
}

/** The script shown on the verification page: recomputes the checksum and the panel drawn. */
export function verificationScript(): string {
  return [
    'const { createHash } = require("node:crypto");',
    'const { readFileSync } = require("node:fs");',
    "const [file, seed] = process.argv.slice(2);",
    'const text = readFileSync(file, "utf8");',
    'const hash = createHash("sha256").update(text).digest("hex");',
    'const lines = text.split("\\n").filter(Boolean);',
    'const digest = createHash("sha256").update(hash + "\\n" + seed.trim()).digest("hex");',
    'const number = Number(BigInt("0x" + digest) % BigInt(lines.length)) + 1;',
    "console.log(hash, number, lines[number - 1]);",
  ].join("\n");
}

export function VerifyPage(props: { page: PageContext; data: PublicPanel }) {
  const { page, data } = props;
  const { t } = page;
  const { panel, lottery } = data;
  return (
    <Layout page={page} title={t("panel.verify.title")} section="panels">
      <p>
        <a href={`/panels/${panel.id}`}>{panel.name}</a>
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
          <ul>
            <li>
              <a href={`/panels/${panel.id}/lottery.txt`} download>
                {t("panel.verify.download")}
              </a>
            </li>
            <li>
              <a href={`/api/v1/panels/${panel.id}/lottery`}>{t("panel.verify.api")}</a>
            </li>
          </ul>
          <h2>{t("panel.verify.steps")}</h2>
          <ol class="prose">
            <li>{t("panel.verify.step1")}</li>
            <li>{t("panel.verify.step2")}</li>
            <li>{t("panel.verify.step3", { size: lottery.size })}</li>
            <li>{t("panel.verify.step4")}</li>
          </ol>
          <p>{t("panel.verify.script")}</p>
          <pre class="panel-script" tabindex={0}>
            <code>{verificationScript()}</code>
          </pre>
          <p>{t("panel.verify.scriptUsage")}</p>
          {data.drawnMembers && (
            <>
              <h2>{t("panel.verify.members")}</h2>
              <ul class="panel-members">
                {data.drawnMembers.map((m) => (
                  <li>
                    <code>{m}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Layout>
  );
}
