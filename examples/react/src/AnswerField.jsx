import { useEffect, useState } from 'react';
import { countCharacters, countWords } from 'sefcheck';

/** The GOV.UK character count's words. */
function countMessage(count, { max, unit }) {
  const left = max - count;
  const n = Math.abs(left);
  const noun = unit === 'words' ? 'word' : 'character';
  return `You have ${n} ${noun}${n === 1 ? '' : 's'} ${left >= 0 ? 'remaining' : 'too many'}`;
}

/** A long answer with its label, hint and limit from the definition, its issues, and a live count. */
export function AnswerField({ field, definition, id, showErrors }) {
  const { label, hint, required, limit } = definition;
  const value = field.state.value;
  const messages = showErrors ? [...new Set(field.state.meta.errors.map((issue) => issue.message))] : [];
  // Counted by the package, so the count on screen is the count the rules use.
  const count = limit && (limit.unit === 'words' ? countWords : countCharacters)(value);
  const over = limit && count > limit.max;
  const describedBy = [hint && `${id}-hint`, messages.length > 0 && `${id}-error`, limit && `${id}-info`].filter(Boolean).join(' ');

  return (
    <div className={messages.length > 0 ? 'form-group form-group-error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {required ? label : `${label} (optional)`}
      </label>
      {hint && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {messages.length > 0 && (
        <p className="error-message" id={`${id}-error`}>
          {messages.map((message) => (
            <span key={message}>
              <span className="visually-hidden">Error:</span> {message}
            </span>
          ))}
        </p>
      )}
      <textarea
        className={messages.length > 0 || over ? 'textarea textarea-error' : 'textarea'}
        id={id}
        name={field.name}
        rows={limit?.max >= 800 ? 10 : 5}
        spellCheck
        aria-describedby={describedBy || undefined}
        value={value}
        onChange={(e) => field.handleChange(e.target.value)}
        onBlur={field.handleBlur}
      />
      {limit && <LimitCount id={id} message={countMessage(count, limit)} over={over} limit={limit} typed={field.state.meta.isDirty} />}
    </div>
  );
}

/** What is left of the limit: seen at once, heard once typing pauses (as GOV.UK's count does). */
function LimitCount({ id, message, over, limit, typed }) {
  const [heard, setHeard] = useState('');
  useEffect(() => {
    if (!typed) return;
    const timer = setTimeout(() => setHeard(message), 1000);
    return () => clearTimeout(timer);
  }, [message, typed]);
  return (
    <>
      <div className="visually-hidden" id={`${id}-info`}>
        You can enter up to {limit.max} {limit.unit}
      </div>
      <div className={over ? 'count count-over' : 'count'} aria-hidden="true" data-count-for={id}>
        {message}
      </div>
      <div className="visually-hidden" aria-live="polite">
        {heard}
      </div>
    </>
  );
}
