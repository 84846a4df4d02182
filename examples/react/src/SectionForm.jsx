import { useForm, useStore } from '@tanstack/react-form';
import { useEffect, useRef, useState } from 'react';
import { AnswerField } from './AnswerField.jsx';
import { ErrorSummary } from './ErrorSummary.jsx';

// TanStack Form names a field by its path with dots, as it names an issue's `path`.
const nameOf = (pointer) => pointer.slice(1).split('/').join('.');
const idOf = (name) => name.replaceAll('.', '-');

/** A section whose one field is an object of text answers (as "voice" is), drawn from its definition. */
export function SectionForm({ section, schema }) {
  const [group] = section.fields;
  const answers = group.fields.map((definition) => ({ definition, name: nameOf(definition.path) }));
  const [saved, setSaved] = useState(false);
  const [failures, setFailures] = useState(0); // submits that failed since the last save
  const form = useForm({
    defaultValues: { formVersion: 2, [group.key]: Object.fromEntries(group.fields.map((f) => [f.key, ''])) },
    validators: { onChange: schema },
    onSubmit: () => {
      setSaved(true);
      setFailures(0);
    },
    onSubmitInvalid: () => setFailures((n) => n + 1),
    listeners: { onChange: () => setSaved(false) },
  });
  const submitted = useStore(form.store, (s) => s.submissionAttempts > 0);
  // A form-level Standard Schema leaves its issues here by field name ('' for the document);
  // one line for each message at each field.
  const errors = useStore(form.store, (s) => s.errors);
  const issues = new Map();
  for (const byName of errors) {
    for (const [name, list] of Object.entries(byName ?? {})) {
      const target = answers.some((a) => a.name === name) ? idOf(name) : null;
      for (const { message } of list) issues.set(`${name} ${message}`, { message, target });
    }
  }

  // As GOV.UK's pages do after a submit: the focus goes to what it led to.
  const panel = useRef(null);
  const summary = useRef(null);
  useEffect(() => {
    if (saved) panel.current.focus();
  }, [saved]);
  useEffect(() => {
    if (failures > 0) summary.current?.focus();
  }, [failures]);

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.handleSubmit();
      }}
    >
      {saved && (
        <div className="panel" ref={panel} tabIndex={-1}>
          <h2 className="panel-title">Saved</h2>
          <p className="panel-body">This section has no errors. Nothing was sent anywhere.</p>
        </div>
      )}
      {failures > 0 && issues.size > 0 && <ErrorSummary ref={summary} issues={issues} />}
      <span className="caption">Self-evaluation of frontline practice</span>
      <h1 className="heading-l">{section.title}</h1>
      {answers.map(({ definition, name }) => (
        <form.Field key={name} name={name}>
          {(field) => (
            <AnswerField field={field} definition={definition} id={idOf(name)} showErrors={submitted || field.state.meta.isDirty} />
          )}
        </form.Field>
      ))}
      <button type="submit" className="button">
        Save
      </button>
    </form>
  );
}
