import { Center, Loader, Tabs } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { GenerateView } from '../features/generate/GenerateView.tsx';
import { useGenerateForm } from '../features/generate/useGenerateForm.ts';
import { useMessages } from '../i18n/I18nProvider.tsx';
import classes from './Workbench.module.css';

const CodeView = lazy(() =>
  import('../features/snippets/CodeView.tsx').then((module) => ({ default: module.CodeView })),
);

export type WorkbenchTab = 'generate' | 'inspect' | 'code';

/**
 * The app's three views as tabs. The generator's form lives here, above the tabs, so the Code
 * tab shows code for what the form holds and switching tabs loses nothing.
 */
export function Workbench() {
  const messages = useMessages();
  const form = useGenerateForm();
  const [tab, setTab] = useState<WorkbenchTab>('generate');
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
        // Generate stays mounted so the form keeps its state; the others mount when opened.
        keepMounted={false}
        classNames={{ list: classes.list }}
      >
        <Tabs.List>
          <Tabs.Tab value="generate">{messages.tabs.generate}</Tabs.Tab>
          <Tabs.Tab value="code">{messages.tabs.code}</Tabs.Tab>
        </Tabs.List>
        <div className={classes.panel} hidden={tab !== 'generate'}>
          <GenerateView />
        </div>
        <Tabs.Panel value="code" pt="lg">
          <Suspense fallback={fallback}>
            <CodeView />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </FormProvider>
  );
}
