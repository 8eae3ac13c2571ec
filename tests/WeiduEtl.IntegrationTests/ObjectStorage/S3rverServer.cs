using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.S3;
using WeiduEtl.Core.Options;
using WeiduEtl.ObjectStorage;

namespace WeiduEtl.IntegrationTests.ObjectStorage;

/// <summary>
/// A real S3-compatible server (npm s3rver, installed into tests/s3rver by .ci/run) on 127.0.0.1 with an
/// empty bucket, in a temp folder, for one test. s3rver checks request signatures against its fixed keys.
/// </summary>
public sealed class S3rverServer : IAsyncDisposable
{
    public const string Bucket = "weidu";
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    private readonly Process _process;
    private readonly string _folder;

    private S3rverServer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }
    public string ServiceUrl => $"http://127.0.0.1:{Port}";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    public static async Task<S3rverServer> StartAsync()
    {
        var script = FindScript();
        var folder = Directory.CreateTempSubdirectory("weidu-s3rver-").FullName;
        var port = FreePort();
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { script, "-d", folder, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-s", "--configure-bucket", Bucket })
        {
            info.ArgumentList.Add(arg);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("node could not be started");
        _ = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var server = new S3rverServer(process, folder, port);
        using var http = new HttpClient();
        // node starting s3rver takes seconds on a loaded machine (23 s at a load of 25 on two cores): wait by the clock.
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"s3rver exited with {process.ExitCode}: {await stderr}");
            }
            try
            {
                using var response = await http.GetAsync(server.ServiceUrl);
                return server;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50);
            }
        }
        await server.DisposeAsync();
        throw new InvalidOperationException($"s3rver did not answer on {server.ServiceUrl} within {StartTimeout.TotalSeconds} s");
    }

    /// <summary>An SDK client as the worker makes it, with s3rver's keys, optionally through a proxy's URL.</summary>
    public IAmazonS3 Client(string? serviceUrl = null)
    {
        var config = new AmazonS3Config
        {
            ServiceURL = serviceUrl ?? ServiceUrl,
            AuthenticationRegion = "us-east-1",
            ForcePathStyle = true,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        return new AmazonS3Client(new BasicAWSCredentials(AccessKey, SecretKey), config);
    }

    public ObjectStore Store(string prefix, long? partSize = null, string? serviceUrl = null) =>
        new(Client(serviceUrl), new S3Location(Bucket, prefix), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance)
        {
            MultipartThresholdBytes = partSize ?? 16 * 1024 * 1024,
            PartSizeBytes = partSize ?? 8 * 1024 * 1024,
        };

    /// <summary>The credentials a worker process finds in its environment (the SDK's default chain).</summary>
    public static void AddCredentials(ProcessStartInfo info)
    {
        info.Environment["AWS_ACCESS_KEY_ID"] = AccessKey;
        info.Environment["AWS_SECRET_ACCESS_KEY"] = SecretKey;
        info.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned by the OS's temp sweep.
        }
    }

    private static readonly Lock InstallLock = new();

    /// <summary>
    /// The s3rver script in tests/s3rver; installed there from its lock file on first use, so `dotnet test` on a fresh
    /// clone needs only npm on the PATH.
    /// </summary>
    private static string FindScript()
    {
        var folder = FindPackageFolder();
        var script = Path.Combine(folder, "node_modules", "s3rver", "bin", "s3rver.js");
        lock (InstallLock)
        {
            if (!File.Exists(script))
            {
                Install(folder);
            }
        }
        return File.Exists(script) ? script
            : throw new InvalidOperationException($"s3rver is not installed in {folder}: run `npm ci --prefix tests/s3rver` (as .ci/run does)");
    }

    private static string FindPackageFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "tests", "s3rver");
            if (File.Exists(Path.Combine(folder, "package-lock.json")))
            {
                return folder;
            }
        }
        throw new InvalidOperationException("tests/s3rver/package-lock.json not found above the test binaries");
    }

    private static void Install(string folder)
    {
        var start = new ProcessStartInfo("npm", ["ci", "--prefix", folder, "--no-audit", "--no-fund"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var npm = Process.Start(start)!;
            var errors = npm.StandardError.ReadToEndAsync();
            npm.StandardOutput.ReadToEnd();
            npm.WaitForExit();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"`npm ci --prefix {folder}` failed ({npm.ExitCode}): {errors.Result}");
            }
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"the S3 tests need s3rver from npm, and npm is not on the PATH ({ex.Message}): install Node.js and npm", ex);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
