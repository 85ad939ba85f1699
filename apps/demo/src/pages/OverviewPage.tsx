import type { Page } from '../useRoute.ts';

/** The portal's landing page: a few product cards, so the audit log sits inside something that looks real. */
export function OverviewPage({ onNavigate }: { onNavigate: (page: Page) => void }) {
  return (
    <>
      <header className="page-header">
        <h1>Overview</h1>
        <p className="page-lede">Your Acme Cloud workspace at a glance.</p>
      </header>
      <div className="cards">
        <section className="card" aria-labelledby="projects-title">
          <h2 id="projects-title">Projects</h2>
          <p className="card-figure">12</p>
          <p className="muted">3 deployed this week</p>
        </section>
        <section className="card" aria-labelledby="members-title">
          <h2 id="members-title">Members</h2>
          <p className="card-figure">48</p>
          <p className="muted">2 invitations pending</p>
        </section>
        <section className="card" aria-labelledby="security-title">
          <h2 id="security-title">Security</h2>
          <p className="muted">Review who changed what in your workspace.</p>
          <button type="button" className="button" onClick={() => onNavigate('audit-log')}>
            Open the audit log
          </button>
        </section>
      </div>
    </>
  );
}
