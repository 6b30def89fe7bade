/** Experiments page: every experiment with its report. */
import { gql } from '@urql/vue';
import type { TypedDocumentNode } from '@urql/vue';

export interface EstimateData {
  value: number;
  low: number;
  high: number;
}

export interface ComparisonData {
  difference: number;
  low: number;
  high: number;
  pValue: number;
  test: string;
}

export interface VariantReportData {
  name: string;
  strategy: string;
  weight: number;
  control: boolean;
  assigned: number;
  exposed: number;
  clickers: number;
  converters: number;
  revenue: number;
  clickThroughRate: EstimateData;
  conversionRate: EstimateData;
  revenuePerExposed: EstimateData;
  vsControl: { clickThroughRate: ComparisonData; conversionRate: ComparisonData; revenuePerExposed: ComparisonData } | null;
}

export interface ExperimentData {
  id: string;
  name: string;
  status: string;
  createdAt: string;
  startedAt: string | null;
  stoppedAt: string | null;
  attributionDays: number;
  report: {
    variants: VariantReportData[];
    sampleRatio: { chiSquare: number; df: number; pValue: number; mismatch: boolean };
    lift: number;
    sampleSizePerVariant: number | null;
  };
}

export interface ExperimentsData {
  experiments: ExperimentData[];
}

const ESTIMATE = 'value low high';
const COMPARISON = 'difference low high pValue test';

export const ExperimentsQuery: TypedDocumentNode<ExperimentsData, Record<string, never>> = gql`
  query Experiments {
    experiments {
      id
      name
      status
      createdAt
      startedAt
      stoppedAt
      attributionDays
      report {
        variants {
          name strategy weight control assigned exposed clickers converters revenue
          clickThroughRate { ${ESTIMATE} }
          conversionRate { ${ESTIMATE} }
          revenuePerExposed { ${ESTIMATE} }
          vsControl {
            clickThroughRate { ${COMPARISON} }
            conversionRate { ${COMPARISON} }
            revenuePerExposed { ${COMPARISON} }
          }
        }
        sampleRatio { chiSquare df pValue mismatch }
        lift
        sampleSizePerVariant
      }
    }
  }
`;
