import { Button } from '@mantine/core';
import { memo, useDeferredValue, useId } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { fieldWords } from '../../i18n/fieldWords.ts';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import classes from './ActionBar.module.css';
import { REQUIRED_FIELDS } from './fields/fieldSpecs.ts';
import {
  focusTarget,
  GRANT_SWITCHES,
  problemPaths,
  stillNeeded,
  type NeededField,
} from './stillNeeded.ts';
import { useGeneratorForm } from './useGeneratorForm.ts';

/**
 * The form's action, kept in sight: "Generate Access Token" (a submit button, so Enter in a
 * field generates too), the Ctrl/⌘+Enter hint, and what is still needed, each a link to its
 * field. Typing renders only the list, from deferred values; the button stays as it is.
 */
export const ActionBar = memo(function ActionBar({ onGenerate }: { onGenerate: () => unknown }) {
  const t = useMessages().generate;
  return (
    <div className={classes.bar}>
      <Button
        type="submit"
        size="md"
        className={classes.button}
        // Submitting through the form costs a round of forced style and layout before `submit`
        // fires; the click handler skips it. Enter in a field still clicks this, the form's
        // default button, so it still generates.
        onClick={(event) => {
          event.preventDefault();
          void onGenerate();
        }}
      >
        {t.submit}
      </Button>
      <div className={classes.status}>
        <StillNeeded />
        <span className={classes.hint}>{t.shortcut}</span>
      </div>
    </div>
  );
});

function StillNeeded() {
  const messages = useMessages();
  const form = useGeneratorForm();
  const { control } = form;
  const required = useWatch({ control, name: REQUIRED_FIELDS });
  const switches = useWatch({ control, name: GRANT_SWITCHES });
  const { errors } = useFormState({ control });
  // A string, so that deferring it compares values, not a new array each render.
  const list = useDeferredValue(stillNeeded(required, switches, problemPaths(errors)).join(' '));
  const needed = list === '' ? [] : (list.split(' ') as NeededField[]);
  const labelId = useId();
  const goTo = (field: NeededField) => {
    form.setFocus(focusTarget(field));
    // Centred, so the bar at the bottom of the screen never covers the field it led to.
    if (document.activeElement instanceof HTMLElement) {
      document.activeElement.scrollIntoView({ block: 'center' });
    }
  };
  const words = messages.firstVisit;
  if (needed.length === 0) return <span className={classes.hint}>{words.ready}</span>;
  return (
    <div role="group" aria-labelledby={labelId}>
      <span id={labelId}>{words.stillNeeded}</span>{' '}
      <ul className={classes.needed}>
        {needed.map((field) => (
          <li key={field}>
            <button
              type="button"
              className={classes.link}
              onClick={() => {
                goTo(field);
              }}
            >
              {fieldWords(messages, field).label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
