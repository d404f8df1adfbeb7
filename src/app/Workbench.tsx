import { ActionIcon, Group, Paper, Tabs, Text } from '@mantine/core';
import { Suspense, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import { preloadable } from '../components/preloadable/preloadable.ts';
import { GeneratorFormProvider } from '../features/generate/generatorForm.tsx';
import { GenerateView } from '../features/generate/GenerateView.tsx';
import { generatorPreloads } from '../features/generate/loadGeneratorParts.ts';
import { tokenFromFragment } from '../features/inspect/shareLink.ts';
import { setupControls } from '../features/setup/loadSetupControls.ts';
import { SetupLinkListener } from '../features/setup/SetupLinkListener.tsx';
import { startingSetup } from '../features/setup/startingSetup.ts';
import { useMessages } from '../i18n/I18nProvider.tsx';
import { loadWords } from '../i18n/lazyWords.ts';
import { updateNotice } from './offline/registerServiceWorker.ts';
import classes from './Workbench.module.css';
import { ViewLoading } from './ViewLoading.tsx';
import { preloadWhenIdle } from './whenIdle.ts';
import {
  WorkbenchActionsContext,
  type WorkbenchActions,
  type WorkbenchNotice,
  type WorkbenchTab,
} from './workbenchActions.ts';

// The views behind the Inspect and Code tabs load on their own, preloaded when the page is idle.
const inspectView = preloadable(() => import('../features/inspect/InspectView.tsx'));
const codeView = preloadable(() => import('../features/snippets/CodeView.tsx'));

/**
 * The app's three views as tabs: Generate, Inspect and Code. The generator's form lives here,
 * above the tabs, so the Code tab shows code for what the form holds and switching tabs loses
 * nothing.
 */
export function Workbench() {
  const { locale, tabs, notices } = useMessages();
  const [start] = useState(() => startingSetup(window.location, window.history));
  const [notice, setNotice] = useState<WorkbenchNotice | undefined>(start.notice);
  // A share link (#token=…) opens the inspector with its token.
  const [shared] = useState(() => tokenFromFragment(window.location.hash));
  const [tab, setTab] = useState<WorkbenchTab>(shared === undefined ? 'generate' : 'inspect');
  const [inspectInput, setInspectInput] = useState(shared ?? '');

  const actions = useMemo<WorkbenchActions>(
    () => ({
      inspect: (token) => {
        setInspectInput(token);
        setTab('inspect');
      },
      showTab: setTab,
      notify: setNotice,
    }),
    [],
  );

  useEffect(() => {
    const onHashChange = () => {
      const token = tokenFromFragment(window.location.hash);
      if (token !== undefined) actions.inspect(token);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [actions]);

  // Once the first screen is idle: the generator's second stage (the click needs it), the setup
  // controls below the fold, then the other tabs with their words, so no click waits for a
  // download; last, what watches for a new version.
  useEffect(
    () =>
      preloadWhenIdle([
        ...generatorPreloads(locale),
        () => setupControls.load(),
        () => inspectView.load(),
        () => loadWords('inspect', locale),
        () => codeView.load(),
        () => loadWords('code', locale),
        () => updateNotice.load(),
      ]),
    [locale],
  );

  return (
    <WorkbenchActionsContext value={actions}>
      <GeneratorFormProvider initialValues={start.values}>
        <SetupLinkListener />
        {notice && (
          <Paper withBorder p="sm" mb="md">
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm" role="status">
                {notices[notice]}
              </Text>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={notices.dismiss}
                onClick={() => {
                  setNotice(undefined);
                }}
              >
                <svg
                  width="16"
                  height="16"
                  viewBox="0 0 24 24"
                  aria-hidden="true"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                >
                  <path d="M6 6l12 12M18 6L6 18" />
                </svg>
              </ActionIcon>
            </Group>
          </Paper>
        )}
        <Tabs
          value={tab}
          onChange={(value) => {
            setTab((value as WorkbenchTab | null) ?? 'generate');
          }}
          // Generate stays mounted (see its panel) so the form keeps its token; the others mount
          // when opened.
          keepMounted={false}
          classNames={{ list: classes.list }}
        >
          <Tabs.List>
            <Tabs.Tab value="generate">{tabs.generate}</Tabs.Tab>
            <Tabs.Tab value="inspect">{tabs.inspect}</Tabs.Tab>
            <Tabs.Tab value="code">{tabs.code}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="generate" keepMounted>
            <GenerateView />
          </Tabs.Panel>
          <Tabs.Panel value="inspect">
            <LazyView>
              <InspectTab input={inspectInput} onInputChange={setInspectInput} />
            </LazyView>
          </Tabs.Panel>
          <Tabs.Panel value="code">
            <LazyView>
              <CodeTab />
            </LazyView>
          </Tabs.Panel>
        </Tabs>
      </GeneratorFormProvider>
    </WorkbenchActionsContext>
  );
}

function LazyView({ children }: { children: ReactNode }) {
  return <Suspense fallback={<ViewLoading />}>{children}</Suspense>;
}

function InspectTab(props: { input: string; onInputChange: (input: string) => void }) {
  const { InspectView } = use(inspectView.load());
  return <InspectView {...props} />;
}

function CodeTab() {
  const { CodeView } = use(codeView.load());
  return <CodeView />;
}
