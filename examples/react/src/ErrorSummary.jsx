/** GOV.UK's error summary: each issue (a Map of them) a link to its field; `ref` to focus it. */
export function ErrorSummary({ issues, ref }) {
  return (
    <div className="error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="error-summary-title">There is a problem</h2>
        <ul className="error-summary-list">
          {[...issues].map(([key, { message, target }]) => (
            <li key={key}>
              {target ? (
                <a
                  href={`#${target}`}
                  onClick={(e) => {
                    // A link to a textarea scrolls to it but leaves focus where it was.
                    e.preventDefault();
                    document.getElementById(target).focus();
                  }}
                >
                  {message}
                </a>
              ) : (
                message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
