import { createElement, type ReactNode } from 'react';
import type { JobDescriptionView, ViewItem } from '../../domain/job-description/present.ts';
import './job-description-document.css';

type Level = 1 | 2 | 3 | 4;

/** A heading of the given level (1–6), so the document fits under its host page's headings. */
function Heading({
  level,
  className,
  children,
}: {
  level: number;
  className: string;
  children: ReactNode;
}) {
  return createElement(`h${Math.min(Math.max(level, 1), 6)}`, { className }, children);
}

function Item({ item, listLevel }: { item: ViewItem; listLevel: number }) {
  switch (item.type) {
    case 'paragraph':
      return <p>{item.text}</p>;
    case 'list':
      return (
        <>
          {item.title && (
            <Heading level={listLevel} className="jd-doc__list-title">
              {item.title}
            </Heading>
          )}
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
  return (
    <article className={`jd-doc jd-doc--${variant}`} lang={view.locale}>
      <Heading level={titleLevel} className="jd-doc__title">
        {view.title}
      </Heading>
      {view.subtitle && <p className="jd-doc__subtitle">{view.subtitle}</p>}
      {view.sections.map((section) => (
        <section key={section.id} className="jd-doc__section">
          <Heading level={titleLevel + 1} className="jd-doc__heading">
            {section.heading}
          </Heading>
          {section.items.map((item, index) => (
            <Item key={index} item={item} listLevel={titleLevel + 2} />
          ))}
        </section>
      ))}
    </article>
  );
}
