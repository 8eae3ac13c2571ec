using System.Diagnostics;

namespace WeiduEtl.Core.Runs;

/// <summary>
/// What the ledger keeps of a failure: the reason in words for the operator, and for whoever fixes the code the
/// exception's type and the library it came from (PdfPig, SQLite, WeiduEtl itself).
/// </summary>
public static class FailureReason
{
    private static readonly string[] RuntimeNamespaces = ["System.", "Microsoft.", "Internal."];

    /// <summary>A rejection's own words; anything else is a fault of ours, named by its type.</summary>
    public static string Reason(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error is Ports.DocumentRejectedException ? error.Message : $"{error.GetType().Name}: {error.Message}";
    }

    /// <summary>
    /// "InvalidCastException in PdfPig (UglyToad.PdfPig.Parser.X.Get)": the exception behind a rejection (or the
    /// error itself) and the first frame outside the runtime; null for a rejection with nothing behind it.
    /// </summary>
    public static string? Detail(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var cause = error is Ports.DocumentRejectedException ? error.InnerException : error;
        if (cause is null)
        {
            return null;
        }
        var where = ThrownIn(cause);
        return where is null ? cause.GetType().Name : $"{cause.GetType().Name} in {Library(where)} ({where})";
    }

    /// <summary>"Namespace.Type.Method" of the first frame outside the .NET runtime, where the fault really is.</summary>
    public static string? ThrownIn(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var thrower = new StackTrace(error, fNeedFileInfo: false).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.FullName is { } name && !RuntimeNamespaces.Any(n => name.StartsWith(n, StringComparison.Ordinal)));
        return thrower?.DeclaringType?.FullName is { } type ? $"{type}.{thrower.Name}" : null;
    }

    private static string Library(string typeName) => typeName switch
    {
        _ when typeName.StartsWith("UglyToad.PdfPig", StringComparison.Ordinal) => "PdfPig",
        _ when typeName.StartsWith("WeiduEtl.", StringComparison.Ordinal) => "WeiduEtl " + typeName.Split('.')[1],
        _ => typeName.Split('.')[0],
    };
}
