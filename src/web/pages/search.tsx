/** Search for a child: one box (name, child id, UPN or date of birth), a GET form so it works without JavaScript. */
import type { FC } from 'hono/jsx';
import { formatDate } from './format.ts';
import { Layout, type SignedIn } from './layout.tsx';
import { MAX_RESULTS, type SearchOutcome } from './search-data.ts';

export interface SearchProps {
  query: string;
  outcome: SearchOutcome | undefined;
  signedIn: SignedIn;
}

const Results: FC<{ query: string; outcome: SearchOutcome }> = ({ query, outcome }) =>
  outcome.results.length === 0 ? (
    <p class="govuk-body" data-testid="no-results">
      No child you may see matches "{query}". Check the spelling, or search by the child's id, UPN or date of birth.
    </p>
  ) : (
    <table class="govuk-table" data-testid="results">
      <caption class="govuk-table__caption govuk-table__caption--m">
        {outcome.more
          ? `The first ${MAX_RESULTS} children matching "${query}"`
          : `${outcome.results.length} ${outcome.results.length === 1 ? 'child matches' : 'children match'} "${query}"`}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            Name
          </th>
          <th scope="col" class="govuk-table__header">
            Child id
          </th>
          <th scope="col" class="govuk-table__header">
            Date of birth
          </th>
          <th scope="col" class="govuk-table__header">
            Matched on
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {outcome.results.map((child) => (
          <tr class="govuk-table__row">
            <td class="govuk-table__cell">
              <a class="govuk-link" href={`/children/${encodeURIComponent(child.id)}`}>
                {child.name}
              </a>
            </td>
            <td class="govuk-table__cell">{child.id}</td>
            <td class="govuk-table__cell">{formatDate(child.dateOfBirth)}</td>
            <td class="govuk-table__cell">{child.matched}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

export const SearchPage: FC<SearchProps> = ({ query, outcome, signedIn }) => (
  <Layout title={query ? `Search: ${query}` : 'Find a child'} signedIn={signedIn} section="children">
    <h1 class="govuk-heading-xl">Find a child</h1>
    <form method="get" action="/children" role="search" class="govuk-!-margin-bottom-6">
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="q">
          Name, child id, UPN or date of birth
        </label>
        <div id="q-hint" class="govuk-hint">
          For example, Ava Thornbury, or 14/03/2015. Only the children you may see are found.
        </div>
        <input
          class="govuk-input govuk-!-width-two-thirds"
          id="q"
          name="q"
          type="search"
          value={query}
          aria-describedby="q-hint"
          autocomplete="off"
          spellcheck={false}
        />
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="search">
        Search
      </button>
    </form>
    {outcome ? <Results query={query} outcome={outcome} /> : null}
  </Layout>
);
