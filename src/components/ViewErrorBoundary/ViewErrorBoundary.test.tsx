import { MantineProvider } from '@mantine/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ViewErrorBoundary, type ViewErrorBoundaryProps } from './ViewErrorBoundary.tsx';

function Broken(): never {
  throw new Error('a bug that quotes the token eyJhbGciOi');
}

const props: ViewErrorBoundaryProps = {
  title: 'The inspector cannot show this token',
  body: 'The rest of the page still works.',
  action: <button type="button">Clear the token</button>,
  resetKeys: ['eyJ…', 'secret'],
  children: <Broken />,
};

const html = (node: React.ReactNode) => renderToString(<MantineProvider>{node}</MantineProvider>);

// Node has no DOM to catch a render error in; the states and the fallback are checked directly,
// and the e2e specs show the boundary in the page.
describe('ViewErrorBoundary', () => {
  it('shows the view while nothing fails', () => {
    expect(html(<ViewErrorBoundary {...props}>{<p>the view</p>}</ViewErrorBoundary>)).toContain(
      '<p>the view</p>',
    );
  });

  it('puts an alert with its words and action in place of a failed view, never the error', () => {
    const boundary = new ViewErrorBoundary(props);
    boundary.state = { ...boundary.state, ...ViewErrorBoundary.getDerivedStateFromError() };
    const text = html(boundary.render());
    expect(text).toContain('role="alert"');
    expect(text).toContain(props.title);
    expect(text).toContain(props.body);
    expect(text).toContain('<button type="button">Clear the token</button>');
    expect(text).not.toContain('eyJhbGciOi');
  });

  it('tries the view again when a reset key changes, and not before', () => {
    const failed = { failed: true, resetKeys: props.resetKeys };
    const same = { ...props, resetKeys: ['eyJ…', 'secret'] };
    expect(ViewErrorBoundary.getDerivedStateFromProps(same, failed)).toBeNull();
    for (const resetKeys of [['eyJ…', 'other'], ['eyJ…'], ['eyJ…', 'secret', 1]]) {
      expect(ViewErrorBoundary.getDerivedStateFromProps({ ...props, resetKeys }, failed)).toEqual({
        failed: false,
        resetKeys,
      });
    }
  });
});
