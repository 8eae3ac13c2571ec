using System.Diagnostics;
using System.Text;

namespace WeiduEtl.IntegrationTests.Serving;

/// <summary>Debian's headless Chromium, run once per call with a throw-away profile and no network besides the page.</summary>
public static class Chromium
{
    /// <summary>$WEIDU_CHROMIUM, else the usual Debian and Ubuntu paths; null when none is installed.</summary>
    public static string? Path { get; } = new[]
    {
        Environment.GetEnvironmentVariable("WEIDU_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
    }.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public const string Missing =
        "Chromium is not installed (looked for $WEIDU_CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser); " +
        "install it with: sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk";

    /// <summary>Runs headless Chromium with <paramref name="args"/> after the common flags; returns standard output.</summary>
    public static async Task<string> RunAsync(params string[] args)
    {
        var profile = Directory.CreateTempSubdirectory("weidu-chromium-").FullName;
        try
        {
            var info = new ProcessStartInfo(Path ?? throw new InvalidOperationException(Missing))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var flag in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", $"--user-data-dir={profile}",
            }.Concat(args))
            {
                info.ArgumentList.Add(flag);
            }
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within 90 s\n{await stderr}");
            }
            Assert.True(process.ExitCode == 0, $"chromium exit {process.ExitCode}\n{await stderr}");
            return await stdout;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean.
            }
        }
    }
}
