import type { JobDescriptionView, ViewItem } from '../../domain/job-description/present.ts';

function Item({ item }: { item: ViewItem }) {
  switch (item.type) {
    case 'paragraph':
      return <p>{item.text}</p>;
    case 'list':
      return (
        <>
          {item.title && <p className="jd-doc__list-title">{item.title}</p>}
          <ul>
            {item.items.map((entry, index) => (
              <li key={index}>{entry}</li>
            ))}
          </ul>
        </>
      );
    case 'facts':
      return (
        <dl className="jd-doc__facts">
          {item.rows.map((row) => (
            <div key={row.label}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'levels':
      return (
        <ul className="jd-doc__levels">
          {item.rows.map((row) => (
            <li key={row.label}>
              <strong>{row.label}</strong> — {row.levelText}
              {row.note ? `, ${row.note}` : ''}
              <br />
              <span className="jd-doc__descriptor">{row.descriptor}</span>
            </li>
          ))}
        </ul>
      );
  }
}

/** The job description as candidates will read it (same view as the saved page and the PDF). */
export default function JobDescriptionPreview({ view }: { view: JobDescriptionView }) {
  return (
    <article className="jd-doc" lang={view.locale}>
      <h3 className="jd-doc__title">{view.title}</h3>
      {view.subtitle && <p className="jd-doc__subtitle">{view.subtitle}</p>}
      {view.sections.map((section) => (
        <section key={section.id} className="jd-doc__section">
          <h4>{section.heading}</h4>
          {section.items.map((item, index) => (
            <Item key={index} item={item} />
          ))}
        </section>
      ))}
    </article>
  );
}
