import { useId, useState } from 'react';

/** A settings form that does nothing but look like the rest of a product's settings area. */
export function GeneralSettingsPage() {
  const nameId = useId();
  const regionId = useId();
  const [saved, setSaved] = useState(false);
  return (
    <>
      <header className="page-header">
        <h1>General</h1>
        <p className="page-lede">Workspace name and data region.</p>
      </header>
      <form
        className="card form"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(true);
        }}
      >
        <div className="field">
          <label htmlFor={nameId}>Workspace name</label>
          <input id={nameId} name="name" defaultValue="Acme Corp" onChange={() => setSaved(false)} />
        </div>
        <div className="field">
          <label htmlFor={regionId}>Data region</label>
          <select id={regionId} name="region" defaultValue="eu" onChange={() => setSaved(false)}>
            <option value="eu">Europe (Frankfurt)</option>
            <option value="us">United States (Virginia)</option>
            <option value="ca">Canada (Montréal)</option>
            <option value="au">Australia (Sydney)</option>
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            Save changes
          </button>
          <p role="status" className="muted">
            {saved ? 'Saved (this demo keeps nothing).' : ''}
          </p>
        </div>
      </form>
    </>
  );
}
