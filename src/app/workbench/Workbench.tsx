import { Tabs } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { GeneratorFormProvider } from '../../features/generate/GeneratorFormProvider.tsx';
import { GenerateView } from '../../features/generate/GenerateView.tsx';
import { WorkbenchActionsContext } from '../../features/workbenchActions.ts';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { Later } from '../../i18n/laterPart.ts';
import {
  codeView,
  compareView,
  inspectView,
  noticeBar,
  usePreloadWhenIdle,
} from '../preloadOrder.ts';
import { LinkListener } from '../links/LinkListener.tsx';
import type { Start } from '../links/readLinks.ts';
import { FormFiller } from './FormFiller.tsx';
import { useWorkbench, type WorkbenchTab } from './useWorkbench.ts';
import { ViewLoading } from './ViewLoading.tsx';
import classes from './Workbench.module.css';

/**
 * The app's four views as tabs: Generate, Inspect, Compare and Code, with the notice about a
 * link above them. The generator's form lives here, above the tabs, so the Code tab shows code
 * for what the form holds and switching tabs loses nothing. The other views and the notice load
 * later (app/preloadOrder.ts), each drawn once its code and words are there.
 */
export function Workbench({ start }: { start: Start }) {
  const { tabs } = useMessages();
  const workbench = useWorkbench(start);
  const { tab, setTab, notice, setNotice, edited, clearEdited, actions } = workbench;
  usePreloadWhenIdle();

  return (
    <WorkbenchActionsContext value={actions}>
      <GeneratorFormProvider initialValues={start.values}>
        <LinkListener inspect={actions.inspect} notify={setNotice} showTab={setTab} />
        <FormFiller values={edited} done={clearEdited} />
        {notice && (
          <Suspense fallback={null}>
            <Later part={noticeBar}>
              {({ NoticeBar }) => <NoticeBar notice={notice} notify={setNotice} />}
            </Later>
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
                  <InspectView
                    input={workbench.inspectInput}
                    onInputChange={workbench.setInspectInput}
                  />
                )}
              </Later>
            </LazyView>
          </Tabs.Panel>
          <Tabs.Panel value="compare">
            <LazyView>
              <Later part={compareView}>
                {({ CompareView }) => (
                  <CompareView
                    inputs={workbench.compareInputs}
                    onInputsChange={workbench.setCompareInputs}
                  />
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
