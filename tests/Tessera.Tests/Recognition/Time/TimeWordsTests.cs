using Tessera.Recognition.Time;

namespace Tessera.Tests.Recognition.Time;

/// <summary>The time words load from their data file, and a user's folder can extend them.</summary>
public class TimeWordsTests
{
    [Fact]
    public void The_bundled_time_words_load()
    {
        var words = new TimeWords(Fixtures.Bundled.Data);
        Assert.Equal(1, words.Months["jan"]);
        Assert.Equal(DayOfWeek.Sunday, words.Weekdays["sunday"]);
        Assert.Contains("within", words.Within);
    }

    [Fact]
    public void A_user_file_adds_words()
    {
        var dir = Directory.CreateTempSubdirectory("tessera-time");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "time-words.tsv"), "# extra\nfortnightly\tunit\tfortnight\nanon\tdeictic\t+1 day\n");
            var normalizer = new TimeNormalizer(new TimeWords(new LanguageData(dir.FullName)));
            var text = "The court sits anon.";
            var t = Assert.Single(normalizer.Normalize(text, 0, text.Length, DateRange.Day(new DateOnly(2022, 3, 1)), null));
            Assert.Equal(new DateOnly(2022, 3, 2), t.From);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void An_unknown_role_is_a_numbered_problem()
    {
        var dir = Directory.CreateTempSubdirectory("tessera-time");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "time-words.tsv"), "soonish\tvague\t\n");
            var e = Assert.Throws<ProblemException>(() => new TimeWords(new LanguageData(dir.FullName)));
            Assert.Equal("TSR021", e.Problem.Code);
        }
        finally { dir.Delete(recursive: true); }
    }
}
