import { RecentActivityDrawer } from '../RecentActivityDrawer.tsx';
import type { DemoSession } from '../session.ts';
import type { Theme } from '../useTheme.ts';

const members = [
  { name: 'Dana Whitfield', email: 'dana@acme.test', role: 'Admin' },
  { name: 'Omar Haddad', email: 'omar@acme.test', role: 'Admin' },
  { name: 'Mei Tanaka', email: 'mei@acme.test', role: 'Viewer' },
  { name: 'Lukas Berg', email: 'lukas@acme.test', role: 'Member' },
];

/**
 * A static members table: context for the audit log, whose events name these people's actions. Its "Recent
 * activity" drawer shows the audit log beside the page, in a narrow container.
 */
export function MembersPage({ session, theme }: { session: DemoSession; theme: Theme }) {
  return (
    <RecentActivityDrawer session={session} theme={theme}>
      {(toggle) => (
        <>
          <header className="page-header page-header-split">
            <div>
              <h1>Members</h1>
              <p className="page-lede">People with access to this workspace.</p>
            </div>
            {toggle}
          </header>
          <div className="card table-card">
            <table className="simple-table">
              <caption className="visually-hidden">Workspace members</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <tr key={member.email}>
                    <td>{member.name}</td>
                    <td>{member.email}</td>
                    <td>{member.role}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </RecentActivityDrawer>
  );
}
