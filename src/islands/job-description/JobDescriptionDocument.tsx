import type { JobDescriptionView, ViewItem } from '../../domain/job-description/present.ts';
import './job-description-document.css';

type Level = 1 | 2 | 3 | 4;
type Heading = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

function headingTag(level: number): Heading {
  return `h${Math.min(Math.max(level, 1), 6)}` as Heading;
}

function Item({ item, listHeading }: { item: ViewItem; listHeading: Heading }) {
  const ListHeading = listHeading;
  switch (item.type) {
    case 'paragraph':
      return <p>{item.text}</p>;
    case 'list':
      return (
        <>
          {item.title && <ListHeading className="jd-doc__list-title">{item.title}</ListHeading>}
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

interface Props {
  /** The reader's view (see `presentJobDescription`). */
  view: JobDescriptionView;
  /**
   * Level of the title's heading: 1 on the saved page, where the document is the page; lower in
   * the builder's preview, under the panel's own heading. Sections and list titles follow it.
   */
  titleLevel?: Level;
  /** `page`: the document stands alone as a sheet (saved page); `preview`: inside a panel. */
  variant?: 'page' | 'preview';
}

/**
 * The job description as candidates will read it. One component for the builder's live preview
 * (hydrated with the builder) and the saved page (rendered on the server, no JavaScript); the PDF
 * and the Word file render the same view.
 */
export default function JobDescriptionDocument({ view, titleLevel = 1, variant = 'page' }: Props) {
  const Title = headingTag(titleLevel);
  const Section = headingTag(titleLevel + 1);
  const listHeading = headingTag(titleLevel + 2);
  return (
    <article className={`jd-doc jd-doc--${variant}`} lang={view.locale}>
      <Title className="jd-doc__title">{view.title}</Title>
      {view.subtitle && <p className="jd-doc__subtitle">{view.subtitle}</p>}
      {view.sections.map((section) => (
        <section key={section.id} className="jd-doc__section">
          <Section className="jd-doc__heading">{section.heading}</Section>
          {section.items.map((item, index) => (
            <Item key={index} item={item} listHeading={listHeading} />
          ))}
        </section>
      ))}
    </article>
  );
}
