using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Lede.Service.Api;

/// <summary>
/// Lets at most <see cref="LedeServiceOptions.MaxConcurrency"/> requests into the extracting endpoints at once and
/// answers the rest 429 straight away: no queue, so a burst costs neither memory nor everyone's latency.
/// </summary>
internal sealed class ConcurrencyGate(LedeServiceOptions options) : IEndpointFilter, IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.MaxConcurrency,
        QueueLimit = 0,
    });

    /// <inheritdoc/>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        using var lease = _limiter.AttemptAcquire();
        if (!lease.IsAcquired)
            return ApiAnswer.Busy(options.MaxConcurrency);
        return await next(context);
    }

    /// <inheritdoc/>
    public void Dispose() => _limiter.Dispose();
}
