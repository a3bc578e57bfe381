using System.Collections.Immutable;

namespace Aims.Model;

/// <summary>A recorded training, fine-tuning or evaluation run of a model, part of its <see cref="ModelLineage"/>.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ModelRun : IEquatable<ModelRun>
{
    /// <summary>Initializes a new instance of the <see cref="ModelRun"/> class.</summary>
    /// <param name="id">The run identifier (an experiment-tracker run id, for example), unique within the lineage.</param>
    /// <param name="kind">What the run did.</param>
    /// <param name="completedOn">The day the run finished.</param>
    /// <remarks>The model version it produced or evaluated, the data sets it used and its result are set through validated copies.</remarks>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public ModelRun(string id, ModelRunKind kind, DateOnly completedOn)
    {
        Id = Guard.Id(id, nameof(id));
        Kind = Guard.Defined(kind, nameof(kind));
        CompletedOn = completedOn;
        DataSourceIds = [];
    }

    private ModelRun(ModelRun source)
    {
        Id = source.Id;
        Kind = source.Kind;
        CompletedOn = source.CompletedOn;
        ModelVersion = source.ModelVersion;
        DataSourceIds = source.DataSourceIds;
        Result = source.Result;
    }

    /// <summary>Gets the run identifier.</summary>
    public string Id { get; }

    /// <summary>Gets what the run did.</summary>
    public ModelRunKind Kind { get; }

    /// <summary>Gets the day the run finished.</summary>
    public DateOnly CompletedOn { get; }

    /// <summary>Gets the model version the run produced (training) or evaluated, if recorded.</summary>
    public string? ModelVersion { get; private init; }

    /// <summary>Gets the ids of the system's data sources the run used (<see cref="DataSource.Id"/>).</summary>
    public ImmutableArray<string> DataSourceIds { get; private init; }

    /// <summary>Gets the result in short (for an evaluation: the metrics reached), if recorded.</summary>
    public string? Result { get; private init; }

    /// <summary>Returns a copy with the model version produced or evaluated (<see langword="null"/> clears it).</summary>
    /// <param name="modelVersion">The new value.</param>
    /// <returns>The copy.</returns>
    public ModelRun WithModelVersion(string? modelVersion) => new(this) { ModelVersion = Guard.OptionalText(modelVersion) };

    /// <summary>Returns a copy with the ids of the data sources the run used.</summary>
    /// <param name="dataSourceIds">The new value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">An id is null, blank or malformed.</exception>
    public ModelRun WithDataSourceIds(IEnumerable<string> dataSourceIds) => new(this) { DataSourceIds = Guard.IdList(dataSourceIds, nameof(dataSourceIds)) };

    /// <summary>Returns a copy with the result in short (<see langword="null"/> clears it).</summary>
    /// <param name="result">The new value.</param>
    /// <returns>The copy.</returns>
    public ModelRun WithResult(string? result) => new(this) { Result = Guard.OptionalText(result) };

    /// <summary>Returns whether <paramref name="other"/> has the same values: strings compare ordinally, collections by sequence.</summary>
    /// <param name="other">The instance to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(ModelRun? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ValueEquality.Text(Id, other.Id)
            && Kind == other.Kind
            && CompletedOn == other.CompletedOn
            && ValueEquality.Text(ModelVersion, other.ModelVersion)
            && ValueEquality.Sequence(DataSourceIds, other.DataSourceIds)
            && ValueEquality.Text(Result, other.Result));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ModelRun);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Kind);
        hash.Add(CompletedOn);
        hash.Add(ModelVersion, StringComparer.Ordinal);
        hash.Add(ValueEquality.SequenceHash(DataSourceIds));
        hash.Add(Result, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns whether two instances have the same values.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ModelRun? left, ModelRun? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two instances differ in any value.</summary>
    /// <param name="left">The first instance.</param>
    /// <param name="right">The second instance.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ModelRun? left, ModelRun? right) => !(left == right);
}
