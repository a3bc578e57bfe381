using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>
/// Where the model of an AI system comes from: its base model and provider, the version in use, the data sets it was
/// fine-tuned on, its training and evaluation runs, and who approved which version (ISO/IEC 42001 A.6.2, A.7.5).
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. Data sets are named by the ids of the system's
/// <see cref="AiSystem.DataSources"/>; <see cref="AimsWorkspace.Validate"/> reports an id that names none.
/// </remarks>
public sealed class ModelLineage : IEquatable<ModelLineage>
{
    /// <summary>Initializes a new instance of the <see cref="ModelLineage"/> class with its base model.</summary>
    /// <param name="baseModel">The base (foundation) model, for example <c>gpt-4o</c> or <c>xgboost</c> for an in-house model.</param>
    /// <param name="provider">Who provides the base model, for example <c>OpenAI</c> or the organization itself.</param>
    /// <exception cref="ArgumentException"><paramref name="baseModel"/> or <paramref name="provider"/> is blank.</exception>
    public ModelLineage(string baseModel, string provider)
    {
        BaseModel = Guard.Text(baseModel, nameof(baseModel));
        Provider = Guard.Text(provider, nameof(provider));
        FineTuningDataSourceIds = [];
        Runs = [];
        Approvals = [];
    }

    private ModelLineage(ModelLineage source)
    {
        BaseModel = source.BaseModel;
        Provider = source.Provider;
        BaseModelVersion = source.BaseModelVersion;
        FineTuningDataSourceIds = source.FineTuningDataSourceIds;
        Runs = source.Runs;
        Approvals = source.Approvals;
    }

    /// <summary>Gets the base model.</summary>
    public string BaseModel { get; }

    /// <summary>Gets the provider of the base model.</summary>
    public string Provider { get; }

    /// <summary>Gets the version of the base model, if recorded.</summary>
    public string? BaseModelVersion { get; private init; }

    /// <summary>Gets the ids of the system's data sources the model was fine-tuned on.</summary>
    public ImmutableArray<string> FineTuningDataSourceIds { get; private init; }

    /// <summary>Gets the training, fine-tuning and evaluation runs.</summary>
    public ImmutableArray<ModelRun> Runs { get; private init; }

    /// <summary>Gets who approved which model version.</summary>
    public ImmutableArray<ModelApproval> Approvals { get; private init; }

    /// <summary>Returns a copy with the version of the base model (<see langword="null"/> clears it).</summary>
    /// <param name="baseModelVersion">The new value.</param>
    /// <returns>The copy.</returns>
    public ModelLineage WithBaseModelVersion(string? baseModelVersion) => new(this) { BaseModelVersion = Guard.OptionalText(baseModelVersion) };

    /// <summary>Returns a copy with the ids of the data sources the model was fine-tuned on.</summary>
    /// <param name="dataSourceIds">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">An id is null, blank or malformed.</exception>
    public ModelLineage WithFineTuningDataSourceIds(IEnumerable<string> dataSourceIds) => new(this) { FineTuningDataSourceIds = Guard.IdList(dataSourceIds, nameof(dataSourceIds)) };

    /// <summary>Returns a copy with other runs.</summary>
    /// <param name="runs">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="runs"/> contains null.</exception>
    public ModelLineage WithRuns(IEnumerable<ModelRun> runs) => new(this) { Runs = Guard.List(runs, nameof(runs)) };

    /// <summary>Returns a copy with other version approvals.</summary>
    /// <param name="approvals">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="approvals"/> contains null.</exception>
    public ModelLineage WithApprovals(IEnumerable<ModelApproval> approvals) => new(this) { Approvals = Guard.List(approvals, nameof(approvals)) };

    /// <summary>Returns the approval of a model version, if it has one.</summary>
    /// <param name="modelVersion">The model version.</param>
    /// <returns>The latest approval of that version, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelVersion"/> is <see langword="null"/>.</exception>
    public ModelApproval? ApprovalOf(string modelVersion)
    {
        ArgumentNullException.ThrowIfNull(modelVersion);
        return Approvals.Where(a => string.Equals(a.ModelVersion, modelVersion, StringComparison.Ordinal)).OrderBy(a => a.ApprovedOn).LastOrDefault();
    }

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ModelLineage? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(BaseModel, other.BaseModel)
            && ValueEquality.Text(Provider, other.Provider)
            && ValueEquality.Text(BaseModelVersion, other.BaseModelVersion)
            && ValueEquality.Sequence(FineTuningDataSourceIds, other.FineTuningDataSourceIds)
            && ValueEquality.Sequence(Runs, other.Runs)
            && ValueEquality.Sequence(Approvals, other.Approvals));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ModelLineage);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(BaseModel, StringComparer.Ordinal);
        hash.Add(Provider, StringComparer.Ordinal);
        hash.Add(BaseModelVersion, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(FineTuningDataSourceIds));
        hash.Add(ValueEquality.SequenceHash(Runs));
        hash.Add(ValueEquality.SequenceHash(Approvals));
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ModelLineage? left, ModelLineage? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ModelLineage? left, ModelLineage? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => BaseModelVersion is null ? $"{Provider} {BaseModel}" : $"{Provider} {BaseModel} {BaseModelVersion}";
}
