using Tessera.Claims;
using Tessera.Recognition.Time;

namespace Tessera.Events.Imported;

/// <summary>The event data sets Tessera imports.</summary>
public enum EventDataset { Acled, Gdelt, Icews, Polecat }

/// <summary>Where an imported event came from: the data set, its record id there and, where the data set gives one, the
/// article it was coded from.</summary>
public sealed record EventProvenance(EventDataset Dataset, string RecordId, string? Url)
{
    /// <summary>The data set's name as people write it ("ACLED", "GDELT").</summary>
    public string DatasetName => Dataset.ToString().ToUpperInvariant();

    /// <summary>A stable id for the event among a case's events and claims ("gdelt:1021394881").</summary>
    public string Id => $"{Dataset.ToString().ToLowerInvariant()}:{RecordId}";
}

/// <summary>An event another project coded, as Tessera holds it: who did what to whom (CAMEO), when and where, with the data
/// set's own Goldstein value and the names as the data set wrote them beside the case's names for them.</summary>
/// <param name="Source">The acting actor: the case's or the gazetteer's name for it, else the data set's.</param>
/// <param name="SourceAsCoded">The actor as the data set names it.</param>
/// <param name="Target">The actor acted on, or null when the data set names none.</param>
/// <param name="Cameo">The CAMEO code (for PLOVER and ACLED records, the code cameo/plover-cameo.tsv or cameo/acled-cameo.tsv maps
/// the record's type to).</param>
/// <param name="Goldstein">The data set's Goldstein value (GDELT, ICEWS intensity), else the code's own.</param>
/// <param name="Country">The country of the event's location, by the gazetteer's name where it knows it.</param>
public sealed record ImportedEvent(
    EventProvenance Provenance,
    DateOnly Date,
    string Source,
    string SourceAsCoded,
    string? Target,
    string? TargetAsCoded,
    CameoCode Cameo,
    double Goldstein,
    string? Place,
    string? Country,
    double? Latitude,
    double? Longitude)
{
    /// <summary>The event as the timeline and the network take events: dated by the data set, asserted, and marked as
    /// imported with its provenance, so every view can tell it from an event read in a source.</summary>
    public ActorEvent AsActorEvent()
    {
        var day = Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var time = new EventTime(new TimeExpression(0, 0, day, DateRange.Day(Date), TimePrecision.Day, TimeBasis.Absolute), EventTimeSource.Stated);
        return new ActorEvent(Provenance.Id, Provenance.DatasetName, Source, Cameo.Name, Target, Cameo with { Goldstein = Goldstein }, time, Place,
            0, 0, Hedged: false, Unverified: false, Future: false, EvidenceStatus.Asserted) { Imported = Provenance };
    }
}
