using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Runs;
using WeiduEtl.Parsing.Pdf;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>
/// The committed PDFs with bytes flipped, overwritten, cut or appended (a fixed seed, so every run tries the same
/// mutants): each one is parsed or rejected with a reason in words, never another exception or .NET's own wording.
/// </summary>
public sealed class PdfMutationTests
{
    private const int Seed = 1717;
    private const int MutantsPerFile = 60;
    private static readonly string[] Files = ["libreoffice-page.pdf", "county-two-pages.pdf", "scan-page.pdf", "bad/encrypted.pdf", "dense-front-page.pdf"];

    // Wording of .NET and PdfPig internals that must never be a user's reason.
    private static readonly string[] InternalWords =
    [
        "Unable to cast", "Index was outside", "(Parameter '", "Object reference not set", "UglyToad", "System.",
        "Exception", "The given key", "Arithmetic operation",
    ];

    public static TheoryData<string> Fixtures() => [.. Files];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_MutatedFixture_GivesArticlesOrAReasonInWords(string file)
    {
        var original = PdfFixtures.Document(file);
        // HashCode.Combine is seeded afresh in every process, so it would draw other mutants on every run.
        var random = new Random(Seed + (file.Length * 31) + file[0]);
        var failures = new List<string>();
        for (var i = 0; i < MutantsPerFile; i++)
        {
            var (mutation, bytes) = PdfMutant.Make(original.Content, random);
            var outcome = Outcome(original with { Content = bytes });
            if (outcome is not null)
            {
                failures.Add($"mutant {i} ({mutation}): {outcome}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {MutantsPerFile} mutants of {file} failed:\n" + string.Join('\n', failures));
    }

    /// <summary>Null when the mutant was parsed or rejected well; else what went wrong.</summary>
    private static string? Outcome(WeiduEtl.Core.Documents.SourceDocument mutant)
    {
        // A watchdog, not a timing assertion: a mutant that sends PdfPig into a loop must fail the test, not hang it.
        var parse = Task.Run(() => new PdfIssueParser().Parse(mutant));
        try
        {
            return parse.Wait(TimeSpan.FromMinutes(2)) ? null : "still parsing after two minutes";
        }
        catch (AggregateException wrapped) when (wrapped.InnerException is DocumentRejectedException rejected)
        {
            var leaked = InternalWords.FirstOrDefault(w => rejected.Message.Contains(w, StringComparison.Ordinal));
            if (leaked is not null)
            {
                return $"reason holds '{leaked}': {rejected.Message} [{FailureReason.Detail(rejected)}]";
            }
            return rejected.InnerException is not null && FailureReason.Detail(rejected) is null ? "the cause is lost for the ledger" : null;
        }
        catch (AggregateException wrapped)
        {
            return $"{wrapped.InnerException!.GetType().Name} escaped: {wrapped.InnerException.Message}";
        }
    }
}
