// Where the 视频双选会 interview pages live: the employer's under 云校招 > 视频双选会 (sub-pages of
// its leaf, employer-nav.ts), the students' under 校园 in the seeker app.

export const FAIRS_PATH = '/employer/cloud/video-fairs';

/** 求职者大厅 of a fair; `fromRoom` brings 返回面试间 back to the room it was opened from. */
export function hallPath(fairId: string, fromRoom?: { registrationId: string; room: number }): string {
  const base = `${FAIRS_PATH}/${fairId}/hall`;
  return fromRoom ? `${base}?from=room&registration=${fromRoom.registrationId}&room=${fromRoom.room}` : base;
}

/** 面试间 `room` of a registration. */
export function roomPath(registrationId: string, room: number): string {
  return `${FAIRS_PATH}/rooms/${registrationId}/${room}`;
}

export const MY_INTERVIEWS_PATH = '/m/campus/video-interviews';

export function seekerInterviewPath(interviewId: string): string {
  return `${MY_INTERVIEWS_PATH}/${interviewId}`;
}

export function seekerCompanyPath(fairId: string, registrationId: string): string {
  return `/m/campus/video-fairs/${fairId}/companies/${registrationId}`;
}
