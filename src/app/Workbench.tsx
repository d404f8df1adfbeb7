import { Center, Loader, Tabs } from '@mantine/core';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { GenerateView } from '../features/generate/GenerateView.tsx';
import { useGenerateForm } from '../features/generate/useGenerateForm.ts';
import { tokenFromFragment } from '../features/inspect/shareLink.ts';
import { startingSetup, takeSetupLink, type SetupNotice } from '../features/setup/startingSetup.ts';
import { useMessages } from '../i18n/I18nProvider.tsx';
import classes from './Workbench.module.css';

const InspectView = lazy(() =>
  import('../features/inspect/InspectView.tsx').then((module) => ({
    default: module.InspectView,
  })),
);
const CodeView = lazy(() =>
  import('../features/snippets/CodeView.tsx').then((module) => ({ default: module.CodeView })),
);

export type WorkbenchTab = 'generate' | 'inspect' | 'code';

/**
 * The app's three views as tabs: Generate, Inspect and Code. The generator's form lives here, above the tabs, so the Code
 * tab shows code for what the form holds and switching tabs loses nothing.
 */
export function Workbench() {
  const messages = useMessages();
  const [start] = useState(() => startingSetup(window.location, window.history));
  const form = useGenerateForm(start.values);
  const [setupNotice, setSetupNotice] = useState<SetupNotice | undefined>(start.notice);
  // A share link (#token=…) opens the inspector with its token.
  const [shared] = useState(() => tokenFromFragment(window.location.hash));
  const [tab, setTab] = useState<WorkbenchTab>(shared === undefined ? 'generate' : 'inspect');
  const [inspectInput, setInspectInput] = useState(shared ?? '');

  useEffect(() => {
    const onHashChange = () => {
      const linked = takeSetupLink(window.location, window.history);
      if (linked) {
        if (linked.values) form.reset(linked.values);
        setSetupNotice(linked.notice);
        setTab('generate');
        return;
      }
      const token = tokenFromFragment(window.location.hash);
      if (token === undefined) return;
      setInspectInput(token);
      setTab('inspect');
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [form]);

  const inspect = useCallback((token: string) => {
    setInspectInput(token);
    setTab('inspect');
  }, []);
  const fallback = (
    <Center py="xl">
      <Loader aria-label={messages.generate.loading} />
    </Center>
  );
  return (
    <FormProvider {...form}>
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
          <Tabs.Tab value="generate">{messages.tabs.generate}</Tabs.Tab>
          <Tabs.Tab value="inspect">{messages.tabs.inspect}</Tabs.Tab>
          <Tabs.Tab value="code">{messages.tabs.code}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="generate" keepMounted>
          <GenerateView
            onInspect={inspect}
            setupNotice={setupNotice}
            onSetupNotice={setSetupNotice}
          />
        </Tabs.Panel>
        <Tabs.Panel value="inspect">
          <Suspense fallback={fallback}>
            <InspectView input={inspectInput} onInputChange={setInspectInput} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="code">
          <Suspense fallback={fallback}>
            <CodeView />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </FormProvider>
  );
}
