namespace Tessera.Case;

/// <summary>The case.yaml `tessera init` writes: every field, each with a comment that says what it is for.</summary>
public static class CaseTemplate
{
    /// <summary>The template's text for a case titled <paramref name="title"/>.</summary>
    public static string Text(string title) => $$"""
        # A Tessera case: what the case is about and the sources it weighs. Lines starting with '#' are comments; Tessera keeps
        # them when `tessera add` lists new sources. Fields left out are simply not used.

        # The case's name, shown at the head of the brief.
        title: {{CaseYamlEdit.Scalar(title)}}

        # The days the case covers (YYYY-MM-DD); `tessera import` keeps only events that fall within them.
        # period:
        #   from: 2022-01-01
        #   to: 2022-01-31

        # Where the case is; `tessera import` keeps events located in the countries named here (a country or a comma-separated list).
        # region: Kazakhstan

        # A few lines on what happened and what the sources disagree on; the brief opens with it.
        # description: >
        #   ...

        # The documents of the case, each a file in sources/ (text, Markdown, HTML or PDF). `tessera add CASE FILE...` copies a
        # file in and lists it here; `tessera add CASE --feed URL` lists a news feed's items.
        #   id         how claims are numbered and cited (wire-chronology#12); from the file name when left out
        #   file       the path inside this folder
        #   title, publisher, date (YYYY-MM-DD)   what the source says of itself
        #   grade      Admiralty reliability A-F and credibility 1-6 (B2), when you have judged it
        #   url, guid  where a feed item came from
        sources: []

        # Actors the gazetteer does not know, or knows by other names.
        # actors:
        #   - name: Kassym-Jomart Tokayev
        #     aliases: [Tokayev, Tokaev]
        #     kind: person            # person, organisation or country

        # Competing explanations for Analysis of Competing Hypotheses, with an optional prior probability.
        # hypotheses:
        #   - id: H1
        #     statement: ...

        # Evidence rated against each hypothesis: CC, C, N, I, II or NA; a claim by id (source#n) or by a quote.
        # evidence:
        #   - claim: wire-chronology#12
        #     ratings: {H1: C, H2: I}       # a rating may name who gave it, H2: {rating: I, by: ana}; one analyst's ratings keep confidence low

        # Predictions to track and, once known, their outcome.
        # forecasts:
        #   - claim: thinktank-analysis#9
        #     deadline: 2022-06-30
        #     outcome: true

        """;
}
