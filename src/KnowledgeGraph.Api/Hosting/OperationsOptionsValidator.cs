using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Refuses, at start-up, operations settings the host could only misapply; each failure names its configuration key and value.</summary>
internal sealed class OperationsOptionsValidator :
    IValidateOptions<CrossOriginOptions>, IValidateOptions<RateLimitOptions>, IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, CrossOriginOptions options) =>
        Result(
            options.AllowedOrigins.Where(origin => !IsOrigin(origin)).Select(origin =>
                $"{CrossOriginOptions.Section}:AllowedOrigins holds '{origin}'; expected an origin such as https://bi.example.org (scheme, host, optional port) or *"),
            options.PreflightMaxAgeSeconds < 0
                ? $"{CrossOriginOptions.Section}:PreflightMaxAgeSeconds is {options.PreflightMaxAgeSeconds}; expected 0 or more"
                : null);

    public ValidateOptionsResult Validate(string? name, RateLimitOptions options) =>
        Result(
            [],
            options.BurstLimit < 1 ? $"{RateLimitOptions.Section}:BurstLimit is {options.BurstLimit}; expected 1 or more" : null,
            options.TokensPerSecond is >= RateLimitOptions.MinTokensPerSecond and <= RateLimitOptions.MaxTokensPerSecond
                ? null
                : $"{RateLimitOptions.Section}:TokensPerSecond is {options.TokensPerSecond.ToString(CultureInfo.InvariantCulture)}; expected {RateLimitOptions.MinTokensPerSecond.ToString(CultureInfo.InvariantCulture)} to {RateLimitOptions.MaxTokensPerSecond.ToString(CultureInfo.InvariantCulture)}");

    public ValidateOptionsResult Validate(string? name, ProxyOptions options) =>
        Result(
            options.KnownProxies.Where(proxy => !IPAddress.TryParse(proxy, out _)).Select(proxy =>
                $"{ProxyOptions.Section}:KnownProxies holds '{proxy}'; expected an IP address such as 10.0.0.5")
            .Concat(options.KnownNetworks.Where(network => !IPNetwork.TryParse(network, out _)).Select(network =>
                $"{ProxyOptions.Section}:KnownNetworks holds '{network}'; expected a network in CIDR notation such as 10.0.0.0/8")));

    private static bool IsOrigin(string origin) =>
        origin == "*"
        || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.GetLeftPart(UriPartial.Authority) == origin.TrimEnd('/'));

    private static ValidateOptionsResult Result(IEnumerable<string> failures, params string?[] moreFailures)
    {
        var all = failures.Concat(moreFailures.OfType<string>()).ToList();
        return all.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(all);
    }
}
