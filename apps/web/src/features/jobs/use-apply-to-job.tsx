import type { JobDetail } from '@openrecruit/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Dialog, Toast } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { ApiError, messageOf } from '../../lib/api';
import { applicationKeys, applicationsApi, refreshApplications } from '../applications/api';
import { seekerKeys } from '../seekers/api';
import { confirmWarnings } from './RequirementWarnings';

/**
 * Seed 000 §四: 我要应聘. Unmet requirements are confirmed first (once more if the server finds
 * some the page did not know), and each refusal is answered with the server's own words.
 */
export function useApplyToJob(id: string, refreshJob: () => Promise<unknown>) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const apply = useMutation({
    mutationFn: (acknowledgeWarnings: boolean) => applicationsApi.apply(id, acknowledgeWarnings),
  });

  const goToApplications = () => navigate('/m/applications');

  const submit = (acknowledgeWarnings: boolean) =>
    apply.mutate(acknowledgeWarnings, {
      onSuccess: async (result) => {
        await refreshApplications(queryClient);
        // Seed 000 §四.2: the server's own words, e.g. 岗位应聘成功。您目前还剩余 8 个应聘名额。
        Dialog.show({
          title: '应聘成功',
          content: <p className="m-dialog-text">{result.message}</p>,
          closeOnAction: true,
          actions: [
            [
              { key: 'applications', text: '查看我的应聘', onClick: goToApplications },
              { key: 'ok', text: '知道了', bold: true },
            ],
          ],
        });
      },
      onError: async (error) => {
        if (!(error instanceof ApiError)) {
          Toast.show({ content: messageOf(error), icon: 'fail' });
          return;
        }
        switch (error.code) {
          case 'REQUIREMENTS_NOT_MET': {
            const warnings = Array.isArray(error.details?.warnings)
              ? (error.details.warnings as unknown[]).map(String)
              : [];
            if (await confirmWarnings(warnings, error.message)) submit(true);
            return;
          }
          case 'APPLICATION_QUOTA_FULL':
            await queryClient.invalidateQueries({ queryKey: applicationKeys.all });
            Dialog.show({
              title: '应聘名额已满',
              content: <p className="m-dialog-text">{error.message}</p>,
              closeOnAction: true,
              actions: [
                [
                  { key: 'close', text: '取消' },
                  { key: 'applications', text: '前往我的应聘', bold: true, onClick: goToApplications },
                ],
              ],
            });
            return;
          case 'PROFILE_INCOMPLETE':
            await queryClient.invalidateQueries({ queryKey: seekerKeys.profile });
            await refreshJob();
            return;
          default:
            Toast.show({ content: error.message, icon: 'fail' });
            await refreshApplications(queryClient);
        }
      },
    });

  const startApplying = async (detail: JobDetail) => {
    if (detail.warnings.length === 0) {
      submit(false);
      return;
    }
    if (await confirmWarnings(detail.warnings)) submit(true);
  };

  return { applying: apply.isPending, startApplying, goToApplications };
}
