import type { Finding } from '../../domain/job-description/findings.ts';

interface Props {
  context: NonNullable<Finding['context']>;
  /** Accessible name of the highlighted words, e.g. « Passage en cause ». */
  label: string;
}

/** The words a finding is about, highlighted among the words around them. */
export default function FindingExcerpt({ context, label }: Props) {
  return (
    <p className="jd-finding__excerpt">
      <span className="visually-hidden">{label} </span>
      {context.before}
      <mark className="jd-finding__mark">{context.text}</mark>
      {context.after}
    </p>
  );
}
