import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { formDefinition, ready } from 'sefcheck';
import { createSchema } from 'sefcheck/standard-schema';
import { SectionForm } from './SectionForm.jsx';
import './app.css';

// In browsers the rules are a WebAssembly module: load it before anything is drawn, since
// formDefinition() needs it and TanStack Form's onChange validators must answer at once.
await ready();

// One section as the package defines it (labels, hints, word limits): nothing is retyped here.
const section = formDefinition().sections.find((s) => s.id === 'voice');
// The whole draft is checked by sefcheck's rules; only this section's errors are issues.
const schema = createSchema({ sections: [section.id] });

document.title = `${section.title} – sefcheck example`;
createRoot(document.getElementById('root')).render(
  <StrictMode>
    <SectionForm section={section} schema={schema} />
  </StrictMode>,
);
