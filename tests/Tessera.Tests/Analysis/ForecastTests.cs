using Tessera.Analysis.Forecasts;

namespace Tessera.Tests.Analysis;

/// <summary>Forecast scores worked by hand: Brier (1950) and the log score, per source and overall, and the calibration table.</summary>
public class ForecastTests
{
    private static readonly ForecastSettings Settings = Fixtures.Bundled.Forecasts;

    private static Forecast F(double? p, bool? outcome, string source = "a", string? made = null, string? resolved = null, string? deadline = null,
        string id = "", string? speaker = null, ForecastKind kind = ForecastKind.Forecast) =>
        new(id.Length > 0 ? id : $"{source}#{p}", "statement", source, source.ToUpperInvariant(), speaker ?? source.ToUpperInvariant(), Date(made), p,
            "analyst", Date(deadline), outcome is { } o ? new Resolution(o, Date(resolved), "") : null, kind);

    private static DateOnly? Date(string? s) => s is null ? null : DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // (p - outcome)^2
    [InlineData(0.8, true, 0.04)]
    [InlineData(0.8, false, 0.64)]
    [InlineData(0.5, true, 0.25)]
    [InlineData(0.5, false, 0.25)]
    [InlineData(0.125, false, 0.015625)]
    [InlineData(1.0, true, 0)]
    [InlineData(0.0, true, 1)]
    public void Brier_is_the_squared_distance_from_what_happened(double p, bool outcome, double brier) =>
        Assert.Equal(brier, ForecastScoring.Brier(p, outcome), 9);

    [Theory]
    // -ln(probability given to what happened)
    [InlineData(0.8, true, 0.223144)]
    [InlineData(0.8, false, 1.609438)]
    [InlineData(0.5, true, 0.693147)]
    // Certainty is held at 99%: a confident miss costs -ln 0.01, not infinity.
    [InlineData(1.0, false, 4.605170)]
    [InlineData(0.0, false, 0.010050)]
    public void The_log_score_is_minus_the_log_of_the_probability_of_the_outcome(double p, bool outcome, double log) =>
        Assert.Equal(log, ForecastScoring.Log(p, outcome, Settings.LogFloor), 5);

    [Fact]
    public void Scores_average_over_the_resolved_forecasts_only()
    {
        // Brier (0.01 + 0.09 + 0.36) / 3; log (-ln 0.9 - ln 0.7 - ln 0.4) / 3. The open forecast does not count.
        var summary = ForecastScoring.Summarise([F(0.9, true), F(0.3, false), F(0.6, false), F(0.7, null)], Settings.LogFloor);
        Assert.Equal(3, summary.Scored);
        Assert.Equal(0.153333, summary.Brier!.Value, 6);
        Assert.Equal(0.459442, summary.Log!.Value, 6);
    }

    [Fact]
    public void Nothing_resolved_scores_nothing()
    {
        var summary = ForecastScoring.Summarise([F(0.7, null)], Settings.LogFloor);
        Assert.Equal(0, summary.Scored);
        Assert.Null(summary.Brier);
        Assert.Null(summary.Log);
    }

    [Fact]
    public void Each_source_is_scored_on_its_own_forecasts()
    {
        var report = ForecastScoring.Report([F(0.9, true, "a"), F(0.6, false, "a"), F(0.2, true, "b")], Settings);
        Assert.Equal(["a", "b"], report.BySource.Select(s => s.SourceId));
        Assert.Equal((0.01 + 0.36) / 2, report.BySource[0].Score.Brier!.Value, 9);
        Assert.Equal(0.64, report.BySource[1].Score.Brier!.Value, 9);
        Assert.Equal((0.01 + 0.36 + 0.64) / 3, report.Overall.Brier!.Value, 9);
    }

    [Theory]
    // Bins are the ICD 203 bands (lexicon/bands.tsv), the first widened down to 0 and the last up to 1.
    [InlineData(0.0, "almost no chance")]
    [InlineData(0.03, "almost no chance")]
    [InlineData(0.125, "very unlikely")]
    [InlineData(0.2, "unlikely")]
    [InlineData(0.5, "roughly even chance")]
    [InlineData(0.55, "likely")]
    [InlineData(0.85, "very likely")]
    [InlineData(0.97, "almost certain")]
    [InlineData(1.0, "almost certain")]
    public void A_probability_falls_in_the_band_below_its_next_edge(double p, string band) =>
        Assert.Equal(band, Settings.Bins[ForecastScoring.BinOf(p, Settings.Bins)].Name);

    [Fact]
    public void Calibration_sets_mean_forecast_against_how_often_it_came_true()
    {
        var bins = ForecastScoring.Calibration([F(0.9, true), F(0.85, false), F(0.6, true), F(0.7, null)], Settings.Bins);
        var veryLikely = bins.Single(b => b.Name == "very likely");
        Assert.Equal(2, veryLikely.Count);
        Assert.Equal(0.875, veryLikely.MeanProbability!.Value, 9);
        Assert.Equal(0.5, veryLikely.ObservedFrequency!.Value, 9);
        var likely = bins.Single(b => b.Name == "likely");
        Assert.Equal(1, likely.Count);
        Assert.Equal(1, likely.ObservedFrequency!.Value, 9);
        var empty = bins.Single(b => b.Name == "unlikely");
        Assert.Equal(0, empty.Count);
        Assert.Null(empty.ObservedFrequency);
        Assert.Equal(7, bins.Count);
        Assert.Equal(0, bins[0].Low);
        Assert.Equal(1, bins[^1].High);
    }

    [Theory]
    [InlineData("2022-01-20", "2022-01-19", true)]
    [InlineData("2022-01-11", "2022-01-19", false)]
    [InlineData("2022-01-19", "2022-01-19", false)]
    [InlineData(null, "2022-01-19", false)]
    public void A_forecast_made_after_its_outcome_was_known_is_not_scored(string? made, string resolved, bool hindsight)
    {
        var f = F(0.85, true, made: made, resolved: resolved);
        Assert.Equal(hindsight, f.IsHindsight);
        var report = ForecastScoring.Report([f], Settings);
        Assert.Equal(hindsight ? 0 : 1, report.Overall.Scored);
        Assert.Equal(hindsight ? 1 : 0, report.Hindsight.Count);
    }

    [Fact]
    public void Open_forecasts_come_nearest_deadline_first_and_undated_last()
    {
        var report = ForecastScoring.Report(
        [
            F(0.5, null, id: "none"), F(0.5, null, id: "march", deadline: "2022-03-31"), F(0.5, true, id: "done"),
            F(0.5, null, id: "february", deadline: "2022-02-28"),
        ], Settings);
        Assert.Equal(["february", "march", "none"], report.Open.Select(f => f.Id));
    }

    [Fact]
    public void Each_speaker_is_scored_on_the_forecasts_credited_to_them_whichever_source_carried_them()
    {
        var report = ForecastScoring.Report(
            [F(0.9, true, "wire", speaker: "Tokayev"), F(0.6, false, "ministry", speaker: "Tokayev"), F(0.2, true, "wire", speaker: "Wire")], Settings);
        Assert.Equal(["Tokayev", "Wire"], report.BySpeaker.Select(s => s.Speaker));
        Assert.Equal((0.01 + 0.36) / 2, report.BySpeaker[0].Score.Brier!.Value, 9);
        Assert.Equal(2, report.BySpeaker[0].Forecasts);
        Assert.Equal(["ministry", "wire"], report.BySource.Select(s => s.SourceId));
    }

    [Fact]
    public void A_prediction_without_a_probability_is_resolved_but_kept_out_of_the_scores_and_calibration()
    {
        var bare = F(null, true, id: "bare");
        var report = ForecastScoring.Report([bare, F(0.2, false)], Settings);
        Assert.Equal("hit", bare.Result);
        Assert.False(bare.IsScored);
        Assert.Equal(1, report.Overall.Scored);
        Assert.Equal(0.04, report.Overall.Brier!.Value, 9);
        Assert.Equal(1, report.Calibration.Sum(b => b.Count));
    }

    [Theory]
    [InlineData(null, true, "hit")]
    [InlineData(null, false, "miss")]
    [InlineData(0.9, true, "hit")]
    [InlineData(0.125, true, "miss")]
    [InlineData(0.125, false, "hit")]
    [InlineData(0.5, true, null)]
    [InlineData(0.9, null, null)]
    public void A_forecast_is_a_hit_when_it_leaned_the_way_things_went(double? p, bool? outcome, string? result) =>
        Assert.Equal(result, F(p, outcome).Result);

    [Fact]
    public void A_commitment_is_kept_or_broken_and_never_scored()
    {
        var kept = F(null, true, speaker: "Ministry", kind: ForecastKind.Commitment, id: "kept");
        var broken = F(null, false, speaker: "Ministry", kind: ForecastKind.Commitment, id: "broken");
        var report = ForecastScoring.Report([kept, broken, F(null, null, speaker: "Ministry", kind: ForecastKind.Commitment, id: "open")], Settings);
        Assert.Equal(("kept", "broken"), (kept.Result, broken.Result));
        var record = Assert.Single(report.Commitments);
        Assert.Equal(("Ministry", 3, 1, 1), (record.Speaker, record.Commitments, record.Kept, record.Broken));
        Assert.Equal(0, report.Overall.Scored);
        Assert.Empty(report.BySpeaker);
    }
}
