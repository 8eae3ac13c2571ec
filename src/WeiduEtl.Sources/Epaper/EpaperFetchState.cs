using System.Text.Json;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Sources.Epaper;

/// <summary>
/// The e-paper source's keys in the pipeline's fetch state: which dates are settled and what is known
/// about each URL. A dry run reads it and never writes.
/// </summary>
internal sealed class EpaperFetchState(IFetchStateStore store, string pipeline, bool readOnly)
{
    private const string SettledThroughKey = "epaper:settled-through";
    private const string LastSettledKey = "epaper:last-settled";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<DateOnly?> SettledThroughAsync(CancellationToken cancellationToken) =>
        EpaperOptionsValidator.ParseDate(await store.GetAsync(pipeline, SettledThroughKey, cancellationToken));

    public async Task<DateOnly?> LastSettledAsync(CancellationToken cancellationToken) =>
        EpaperOptionsValidator.ParseDate(await store.GetAsync(pipeline, LastSettledKey, cancellationToken));

    /// <summary>"issue" or "none" once every page of the date was fetched (or it had none); null while open.</summary>
    public Task<string?> DayAsync(DateOnly date, CancellationToken cancellationToken) =>
        store.GetAsync(pipeline, DayKey(date), cancellationToken);

    /// <summary>Records a settled date and moves the contiguous mark forward over settled dates.</summary>
    public async Task SettleAsync(DateOnly date, string outcome, DateOnly windowFrom, CancellationToken cancellationToken)
    {
        if (readOnly)
        {
            return;
        }
        await SetAsync(DayKey(date), outcome, cancellationToken);
        if (await LastSettledAsync(cancellationToken) is not { } last || date > last)
        {
            await SetAsync(LastSettledKey, Format(date), cancellationToken);
        }
        var through = await SettledThroughAsync(cancellationToken) ?? windowFrom.AddDays(-1);
        var moved = false;
        while (await DayAsync(through.AddDays(1), cancellationToken) is not null)
        {
            through = through.AddDays(1);
            moved = true;
        }
        if (moved)
        {
            await SetAsync(SettledThroughKey, Format(through), cancellationToken);
        }
    }

    /// <summary>On the first pass, pins where "every date settled up to here" counts from.</summary>
    public async Task InitialiseAsync(DateOnly windowFrom, CancellationToken cancellationToken)
    {
        if (!readOnly && await SettledThroughAsync(cancellationToken) is null)
        {
            await SetAsync(SettledThroughKey, Format(windowFrom.AddDays(-1)), cancellationToken);
        }
    }

    public async Task<UrlState?> UrlAsync(string url, CancellationToken cancellationToken)
    {
        var json = await store.GetAsync(pipeline, UrlKey(url), cancellationToken);
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<UrlState>(json, Json);
        }
        catch (JsonException)
        {
            // A damaged entry only costs one unconditional request.
            return null;
        }
    }

    public Task SetUrlAsync(string url, UrlState state, CancellationToken cancellationToken) =>
        readOnly ? Task.CompletedTask : SetAsync(UrlKey(url), JsonSerializer.Serialize(state, Json), cancellationToken);

    /// <summary>How many passes could not use the PDF at <paramref name="url"/> in the version with <paramref name="sha256"/>.</summary>
    public async Task<int> RejectionsAsync(string url, string sha256, CancellationToken cancellationToken)
    {
        var entry = await store.GetAsync(pipeline, RejectedKey(url), cancellationToken);
        var parts = entry?.Split(' ');
        return parts is [var sha, var count] && sha == sha256 && int.TryParse(count, out var n) ? n : 0;
    }

    /// <summary>Counts one more pass that could not use this version; another version starts the count again.</summary>
    public async Task CountRejectionAsync(string url, string sha256, CancellationToken cancellationToken)
    {
        if (readOnly)
        {
            return;
        }
        var count = await RejectionsAsync(url, sha256, cancellationToken) + 1;
        await SetAsync(RejectedKey(url), $"{sha256} {count.ToString(System.Globalization.CultureInfo.InvariantCulture)}", cancellationToken);
    }

    private Task SetAsync(string key, string value, CancellationToken cancellationToken) =>
        store.SetAsync(pipeline, key, value, cancellationToken);

    private static string DayKey(DateOnly date) => $"epaper:day:{Format(date)}";

    private static string UrlKey(string url) => $"epaper:url:{url}";

    private static string RejectedKey(string url) => $"epaper:rejected:{url}";

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
