using Tessera.Events;
using Tessera.Analysis.Consequences;
using Tessera.Analysis.Events;
using Tessera.Analysis.Timeline;

namespace Tessera.Analysis;

/// <summary>The language-dependent readers of the analysis stage, built once from the bundled resources and anew for a user's folder.</summary>
public sealed record Readers(EventExtractor Events, FigureReader Figures, OutcomeReader Outcomes)
{
    public static Readers For(LanguageData data)
    {
        if (ReferenceEquals(data, LanguageData.Bundled)) return new(EventExtractor.Default, FigureReader.Default, OutcomeReader.Default);
        var events = new EventExtractor(new CameoTable(data), data);
        return new(events, new FigureReader(data), new OutcomeReader(data, events));
    }
}
