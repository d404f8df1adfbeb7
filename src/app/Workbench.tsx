import { Tabs } from '@mantine/core';
import { Suspense, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import { preloadable } from '../lib/preloadable.ts';
import type { CompareInputs } from '../features/compare/compareInputs.ts';
import type { CompareViewProps } from '../features/compare/CompareView.tsx';
import { GeneratorFormProvider } from '../features/generate/generatorForm.tsx';
import { GenerateView } from '../features/generate/GenerateView.tsx';
import { generatorPreloads } from '../features/generate/loadGeneratorParts.ts';
import { loadTokenLink } from '../features/inspect/loadTokenLink.ts';
import type { TokenLink } from '../features/inspect/shareLink.ts';
import { setupPreloads } from '../features/setup/loadSetupControls.ts';
import { SetupLinkListener } from '../features/setup/SetupLinkListener.tsx';
import type { Start } from './loadStart.ts';
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

// The views behind the Inspect, Compare and Code tabs load on their own, preloaded when the page
// is idle.
const inspectView = preloadable(() => import('../features/inspect/index.ts'));
const compareView = preloadable(() => import('../features/compare/CompareView.tsx'));
const codeView = preloadable(() => import('../features/snippets/CodeView.tsx'));
const noticeBar = preloadable(() => import('./NoticeBar.tsx'));

/**
 * The app's four views as tabs: Generate, Inspect, Compare and Code. The generator's form lives
 * here, above the tabs, so the Code tab shows code for what the form holds and switching tabs
 * loses nothing.
 */
export function Workbench({ start }: { start: Start }) {
  const { locale, tabs } = useMessages();
  const [notice, setNotice] = useState<WorkbenchNotice | undefined>(
    start.setup.notice ?? tokenLinkNotice(start.token),
  );
  // A share link (#token=…) opens the inspector with its token.
  const [tab, setTab] = useState<WorkbenchTab>(
    start.token.kind === 'token' ? 'inspect' : 'generate',
  );
  const [inspectInput, setInspectInput] = useState(
    start.token.kind === 'token' ? start.token.token : '',
  );
  const [compareInputs, setCompareInputs] = useState<CompareInputs>({
    first: '',
    second: '',
    focusSecond: false,
  });

  const actions = useMemo<WorkbenchActions>(
    () => ({
      inspect: (token) => {
        setInspectInput(token);
        setTab('inspect');
      },
      compare: (token) => {
        setCompareInputs((inputs) => ({ ...inputs, first: token, focusSecond: true }));
        setTab('compare');
      },
      showTab: setTab,
      notify: setNotice,
    }),
    [],
  );

  useEffect(() => {
    const onHashChange = () => {
      void loadTokenLink(window.location, window.history).then((link) => {
        if (link.kind === 'token') actions.inspect(link.token);
        else if (link.kind === 'unusable') actions.notify(tokenLinkNotice(link));
      });
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
        ...setupPreloads(locale),
        () => inspectView.load(),
        () => loadWords('inspect', locale),
        () => codeView.load(),
        () => loadWords('code', locale),
        () => compareView.load(),
        () => loadWords('compare', locale),
        () => updateNotice.load(),
      ]),
    [locale],
  );

  return (
    <WorkbenchActionsContext value={actions}>
      <GeneratorFormProvider initialValues={start.setup.values}>
        <SetupLinkListener />
        {notice && (
          <Suspense fallback={null}>
            <Notice notice={notice} />
          </Suspense>
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
            <Tabs.Tab value="compare">{tabs.compare}</Tabs.Tab>
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
          <Tabs.Panel value="compare">
            <LazyView>
              <CompareTab inputs={compareInputs} onInputsChange={setCompareInputs} />
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

function CompareTab(props: CompareViewProps) {
  const { CompareView } = use(compareView.load());
  return <CompareView {...props} />;
}

function Notice({ notice }: { notice: WorkbenchNotice }) {
  const { NoticeBar } = use(noticeBar.load());
  return <NoticeBar notice={notice} />;
}

function CodeTab() {
  const { CodeView } = use(codeView.load());
  return <CodeView />;
}

function tokenLinkNotice(link: TokenLink): WorkbenchNotice | undefined {
  if (link.kind !== 'unusable') return undefined;
  return { kind: link.reason === 'tooLarge' ? 'tokenLinkTooLarge' : 'tokenLinkUnreadable' };
}
