import { Tabs } from '@mantine/core';
import { Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CompareInputs } from '../features/compare/compareInputs.ts';
import { GeneratorFormProvider } from '../features/generate/GeneratorFormProvider.tsx';
import { GenerateView } from '../features/generate/GenerateView.tsx';
import { loadTokenLink } from '../features/inspect/loadTokenLink.ts';
import type { TokenLink } from '../features/inspect/shareLink.ts';
import { SetupLinkListener } from '../features/setup/SetupLinkListener.tsx';
import type { Start } from './loadStart.ts';
import { useMessages } from '../i18n/I18nProvider.tsx';
import { Later } from '../i18n/laterPart.ts';
import { codeView, compareView, inspectView, noticeBar, usePreloadWhenIdle } from './laterParts.ts';
import classes from './Workbench.module.css';
import { ViewLoading } from './ViewLoading.tsx';
import {
  WorkbenchActionsContext,
  type WorkbenchActions,
  type WorkbenchNotice,
  type WorkbenchTab,
} from './workbenchActions.ts';

/**
 * The app's four views as tabs: Generate, Inspect, Compare and Code. The generator's form lives
 * here, above the tabs, so the Code tab shows code for what the form holds and switching tabs
 * loses nothing.
 */
export function Workbench({ start }: { start: Start }) {
  const { tabs } = useMessages();
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

  usePreloadWhenIdle();

  return (
    <WorkbenchActionsContext value={actions}>
      <GeneratorFormProvider initialValues={start.setup.values}>
        <SetupLinkListener />
        {notice && (
          <Suspense fallback={null}>
            <Later part={noticeBar}>{({ NoticeBar }) => <NoticeBar notice={notice} />}</Later>
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
              <Later part={inspectView}>
                {({ InspectView }) => (
                  <InspectView input={inspectInput} onInputChange={setInspectInput} />
                )}
              </Later>
            </LazyView>
          </Tabs.Panel>
          <Tabs.Panel value="compare">
            <LazyView>
              <Later part={compareView}>
                {({ CompareView }) => (
                  <CompareView inputs={compareInputs} onInputsChange={setCompareInputs} />
                )}
              </Later>
            </LazyView>
          </Tabs.Panel>
          <Tabs.Panel value="code">
            <LazyView>
              <Later part={codeView}>{({ CodeView }) => <CodeView />}</Later>
            </LazyView>
          </Tabs.Panel>
        </Tabs>
      </GeneratorFormProvider>
    </WorkbenchActionsContext>
  );
}

/** A view that loads later says so in its place while its code or words are on their way. */
function LazyView({ children }: { children: ReactNode }) {
  return <Suspense fallback={<ViewLoading />}>{children}</Suspense>;
}

function tokenLinkNotice(link: TokenLink): WorkbenchNotice | undefined {
  if (link.kind !== 'unusable') return undefined;
  return { kind: link.reason === 'tooLarge' ? 'tokenLinkTooLarge' : 'tokenLinkUnreadable' };
}
