using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace WeiduEtl.Serving;

/// <summary>
/// A small HTML builder in which every piece of text is encoded: only markup written here is raw.
/// Chinese stays readable in the source (all Unicode ranges allowed), only &lt; &gt; &amp; and quotes are escaped.
/// </summary>
internal sealed class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private readonly StringBuilder _html = new();

    /// <summary>Markup written as is; never pass data here.</summary>
    public Html Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public Html Text(string? text)
    {
        _html.Append(Encoder.Encode(text ?? ""));
        return this;
    }

    /// <summary>An element with encoded text content and optional encoded attributes.</summary>
    public Html Element(string tag, string? text, params (string Name, string? Value)[] attributes)
    {
        Open(tag, attributes);
        Text(text);
        return Raw($"</{tag}>");
    }

    public Html Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _html.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
            }
        }
        _html.Append('>');
        return this;
    }

    public Html Close(string tag) => Raw($"</{tag}>");

    public Html Link(string href, string text, string? title = null) => Element("a", text, ("href", href), ("title", title));

    public Html Cell(string? text, string? @class = null) => Element("td", text, ("class", @class));

    public override string ToString() => _html.ToString();

    /// <summary>16.4 KB; bytes read better than digits for a download.</summary>
    public static string Size(long? bytes) => bytes switch
    {
        null => "—",
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes.Value / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes.Value / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };

    /// <summary>UTC times from files and the ledger shown in Beijing time, which the paper's readers use.</summary>
    public static string Time(string? utc) => RunHistory.ParseTime(utc) is { } t
        ? t.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
        : utc ?? "—";

    public static string Count(int? n) => n?.ToString("N0", CultureInfo.InvariantCulture) ?? "—";
}
