// Two logs on one page, each given its own name as the README asks (`regionLabel`), still had two "Audit summary"
// regions, two "Filters" searches and two "Pagination" navigations (axe `landmark-unique`): a screen reader's list
// of landmarks could not tell them apart. Their parts' landmarks now name their log.
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { axeViolations } from '../test/axe.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { testAuditLogProps } from '../test/renderAuditLog.tsx';

setupMockApi();

describe('two logs on one page, each with its own regionLabel', () => {
  it('have landmarks of different names, each naming its log: axe finds no duplicate landmark', async () => {
    const screen = await render(
      <>
        <AuditLog
          {...testAuditLogProps()}
          newEventsInterval={false}
          messages={{ regionLabel: 'First log' }}
        />
        {/* Narrow, so its Filters button shows: the button keeps its short word inside the named landmark. */}
        <div style={{ inlineSize: 360 }}>
          <AuditLog
            {...testAuditLogProps()}
            newEventsInterval={false}
            messages={{ regionLabel: 'Second log' }}
          />
        </div>
      </>,
    );
    const second = screen.getByRole('region', { name: 'Second log', exact: true });
    await expect.element(second.getByRole('navigation', { name: 'Second log: Pagination' })).toBeVisible();
    await expect
      .element(screen.getByRole('navigation', { name: 'First log: Pagination', exact: true }))
      .toBeVisible();
    await expect.element(second.getByRole('search', { name: 'Second log: Filters' })).toBeVisible();
    await expect.element(second.getByRole('region', { name: 'Second log: Audit summary' })).toBeVisible();
    await expect.element(second.getByRole('button', { name: 'Filters', exact: true })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeVisible();

    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it('keep the parts’ own names under the default region label, and a part the host names itself', async () => {
    const screen = await render(
      <AuditLog
        {...testAuditLogProps()}
        newEventsInterval={false}
        messages={{ paginationLabel: 'Pages of events' }}
      />,
    );
    const log = screen.getByRole('region', { name: 'Audit log', exact: true });
    await expect.element(log.getByRole('search', { name: 'Filters', exact: true })).toBeVisible();
    await expect.element(log.getByRole('region', { name: 'Audit summary', exact: true })).toBeVisible();
    await expect
      .element(log.getByRole('navigation', { name: 'Pages of events', exact: true }))
      .toBeInTheDocument();
  });
});
